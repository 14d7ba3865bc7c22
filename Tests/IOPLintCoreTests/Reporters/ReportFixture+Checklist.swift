import IOPLintCore
import Testing

extension ReportFixture {
    /// A pack of no rules whose checklist applies to every document, so that the fixture report
    /// gets scorecards: the first document of `hela människan.yaml` meets one point of three,
    /// the second all three. Its titles hold `<`, `&`, `|` and quotes, which every format must
    /// escape.
    static let checklistPack = """
        iop-lint-rules: 1
        pack: fixture
        rules: []
        checklist:
          title: { en: "The fixture's checklist <&>", sv: "Fixturens checklista <&>" }
          points:
            - { point: "1", title: { en: "Known keys | no \\"typos\\"", sv: "Kända nycklar | inga \\"stavfel\\"" }, rules: [format/unknown-key] }
            - { point: "2", title: { en: A short title, sv: En kort titel }, rules: [fixture/short-title] }
            - { point: "3", title: { en: No key twice, sv: Ingen nyckel två gånger }, rules: [format/duplicate-key] }
        """

    /// ``report`` with the scorecards of ``checklistPack``: what the `markdown` and `html`
    /// formats, which show scorecards, are tested on.
    static let reportWithChecklist = reportWithChecklist(jobs: 2)

    static func reportWithChecklist(jobs: Int) -> LintReport {
        let pack: RulePack
        do {
            pack = try RuleFileLoader().load(checklistPack, file: "fixture.yml")
        } catch {
            preconditionFailure("the fixture's checklist pack does not load: \(error)")
        }
        guard let checklist = pack.packChecklist else { preconditionFailure("the fixture's pack has no checklist") }
        let profile = LintProfile(rules: FormatRules.all + [ShortTitleRule()], checklists: [checklist])
        return Linter(profile: profile).lint(inputs, jobs: jobs)
    }
}
