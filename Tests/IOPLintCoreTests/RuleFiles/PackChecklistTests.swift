import Testing

@testable import IOPLintCore

/// Scorecards: which checklist points an agreement meets.
@Suite struct PackChecklistTests {
    private let pack = """
        iop-lint-rules: 1
        pack: six
        applies-when:
          kind: { one-of: [overenskommelse] }
        rules:
          - { id: principles, severity: warning, summary: s, message: "{{key}} saknas", given: principles, check: { has-keys: [dialogue, quality] } }
          - { id: title, severity: info, summary: s, message: m, given: title, check: { present: true } }
        checklist:
          title: { en: The principles, sv: Principerna }
          points:
            - { point: "1", title: Dialog, rules: [{ rule: six/principles, path: principles.dialogue }] }
            - { point: "2", title: Kvalitet, rules: [{ rule: six/principles, path: principles.quality }] }
            - { point: "3", title: Titel, rules: [six/title] }
        """

    private func scorecards(_ agreement: String) throws -> [Scorecard] {
        let pack = try RuleFileLoader().load(pack, file: "six.yml")
        let profile = LintProfile(rules: pack.rules, checklists: [try #require(pack.packChecklist)])
        return Linter(profile: profile).lint(bytes: Array(agreement.utf8), path: "a.yaml").scorecards
    }

    @Test func aPointWithAPathCountsOnlyFindingsThere() throws {
        let cards = try scorecards("iop-lint: 1\nkind: overenskommelse\ntitle: T\nprinciples: { dialogue: Ja }\n")
        let card = try #require(cards.first)
        #expect(card.points.map(\.met) == [true, false, true])
        #expect(card.summary(in: .sv) == "Principerna: 2 av 3 punkter uppfyllda; ej uppfyllda: 2 Kvalitet")
        #expect(card.summary(in: .en) == "The principles: 2 of 3 points met; not met: 2 Kvalitet")
    }

    @Test func noScorecardWhereThePackDoesNotApply() throws {
        #expect(try scorecards("iop-lint: 1\nkind: iop\n").isEmpty)
    }

    @Test func everyDocumentGetsItsOwnScorecard() throws {
        let cards = try scorecards(
            "iop-lint: 1\nkind: overenskommelse\n---\niop-lint: 1\nkind: overenskommelse\ntitle: T\nprinciples: { dialogue: a, quality: b }\n"
        )
        #expect(cards.map(\.documentIndex) == [0, 1])
        #expect(cards.map(\.metCount) == [0, 3])
    }
}
