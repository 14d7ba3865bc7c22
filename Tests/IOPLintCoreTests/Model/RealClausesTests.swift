import IOPYAML
import Testing

@testable import IOPLintCore

/// Clauses that real agreements have and the first version of the format had no place for: an
/// open set of signatories, principles beyond the six or only named, a funder that is not a
/// party, how a term ends, amendments and the legal outcome. Each decodes into the model, and the
/// built-in rules read it as the agreement means it.
@Suite struct RealClausesTests {
    static let rules = RuleRegistry.builtIn.rules

    private func agreement(_ yaml: String) throws -> Agreement {
        let documents = CoreTestSupport.documents("iop-lint: 1\n" + yaml)
        try #require(documents.count == 1)
        #expect(documents[0].issues.map(\.spot) == [])
        return documents[0].agreement
    }

    private func ruleFindings(_ yaml: String) -> [String] {
        CoreTestSupport.findings("iop-lint: 1\n" + yaml, rules: Self.rules).map { "\($0.ruleID) \($0.path)" }
    }

    @Test func anOpenSetOfSignatoriesIsReadWithItsCountAndDate() throws {
        let agreement = try agreement(
            """
            signatories:
              open: true
              type: idea-based
              how: Föreningar ansluter sig genom att underteckna överenskommelsen.
              count: 108
              as-of: 2024-12-31
              register: Förteckningen finns på kommunens webbplats.
            """)
        #expect(agreement.signatories?.open?.value == true)
        #expect(agreement.signatories?.type?.value == .ideaBased)
        #expect(agreement.signatories?.count?.value == 108)
        #expect(agreement.signatories?.asOf?.value.description == "2024-12-31")
    }

    /// An överenskommelse between a city and the organisations that sign it: the city is the one
    /// named party, and no rule asks the open set for a mandate, a signature or a number.
    @Test func anOpenSetNeedsNoSecondPartyAndNoSignaturesOfItsOwn() {
        let yaml = """
            kind: overenskommelse
            status: signed
            parties:
              - id: lunds-kommun
                name: Lunds kommun
                type: public
                org-number: "212000-1173"
                mandate: { body: Kommunfullmäktige, decision: "KF 2024/18 § 7", date: 2024-02-26, level: highest }
            signatories: { open: true, type: idea-based, count: 108, as-of: 2024-12-31 }
            signatures:
              - { party: lunds-kommun, name: Karin Holm, title: Kommunstyrelsens ordförande, date: 2024-03-04 }
            """
        let findings = ruleFindings(yaml)
        let aboutParties = findings.filter {
            $0.hasPrefix("core/parties ") || $0.hasPrefix("core/mandate") || $0.hasPrefix("core/signatures")
                || $0.hasPrefix("core/org-number")
        }
        #expect(aboutParties == [], "\(findings)")
        let closed = ruleFindings(yaml.replacingOccurrences(of: "open: true", with: "open: false"))
        #expect(closed.contains("core/parties parties"), "\(closed)")
    }

    @Test func principlesBeyondTheSixAndPrinciplesOnlyNamedAreRead() throws {
        let agreement = try agreement(
            """
            principles:
              dialogue: Dialogforum möts två gånger om året.
              additional:
                - { name: Helhetssyn, how: Parterna utgår från hela människans behov. }
              named: [Självständighet och oberoende, Helhetssyn]
            """)
        #expect(agreement.principles?.additional?.first?.name?.value == "Helhetssyn")
        #expect(agreement.principles?.named?.map(\.value) == ["Självständighet och oberoende", "Helhetssyn"])
    }

    /// Naming a principle does not say how it is honoured: the six still need their text.
    @Test func aPrincipleOnlyNamedIsStillMissingItsDescription() {
        let findings = ruleFindings(
            """
            kind: overenskommelse
            principles:
              named: [Självständighet och oberoende, Dialog, Kvalitet, Långsiktighet, Öppenhet och insyn, Mångfald]
            """)
        #expect(findings.filter { $0.hasPrefix("overenskommelse/principles ") }.count == 6, "\(findings)")
    }

    @Test func aFunderIsNotAPartyButItsRecipientMustBe() throws {
        let agreement = try agreement(
            """
            parties:
              - { id: ostersunds-kommun, name: Östersunds kommun, type: public }
            funders:
              - name: ICLD
                pays-for: Resor och arbetsinsatser för projektgruppen
                amount: 450000
                unit: SEK
                per: year
                recipient: ostersunds-kommun
                decision: "ICLD 2025-0142"
            """)
        #expect(agreement.funders?.first?.recipient?.value == "ostersunds-kommun")
        #expect(agreement.funders?.first?.per?.value == .year)
        let wrong = CoreTestSupport.findings(
            "iop-lint: 1\nparties: [{ id: ostersunds-kommun }]\nfunders: [{ name: ICLD, recipient: icld }]\n")
        #expect(wrong.map(\.spot) == ["3:36 format/unknown-party funders[0].recipient"])
    }

    @Test func howATermEndsIsOneOfTwoValuesWithSwedishWordsUnderstood() throws {
        #expect(
            try agreement("term: { start: 2025-01-01, runs: until-further-notice }").term?.runs?.value
                == .untilFurtherNotice)
        let findings = CoreTestSupport.findings("iop-lint: 1\nterm: { runs: tills vidare }\n")
        #expect(findings.map(\.spot) == ["2:15 format/type term.runs"])
        #expect(findings.first?.message.en.contains("did you mean `until-further-notice`?") == true)
    }

    @Test(arguments: [
        ("term: { start: 2025-09-01, end: 2028-08-31, runs: until-end-date }", true),
        ("term: { start: 2025-09-01, runs: until-further-notice, notice-months: 6 }", true),
        ("term: { start: 2025-09-01, end: 2028-08-31, notice-months: 0 }", true),
        ("term: { start: 2025-09-01, end: 2028-08-31 }", false),
        ("term: { start: 2025-09-01, runs: until-end-date, notice-months: 6 }", false),
        ("term: { start: 2025-09-01, end: 2028-08-31, runs: until-further-notice, notice-months: 6 }", false),
    ])
    func aTermEndsOnItsDateWithoutNoticeOrRunsUntilNotice(term: String, passes: Bool) {
        let findings = ruleFindings(term).filter { $0.hasPrefix("core/term ") }
        #expect(findings.isEmpty == passes, "\(findings)")
    }

    /// The finding names the key at fault, not the section.
    @Test func anEndDateOnATermUntilFurtherNoticeIsReportedAtTheEndDate() {
        let yaml =
            "iop-lint: 1\nterm: { start: 2025-09-01, end: 2028-08-31, runs: until-further-notice, notice-months: 6 }\n"
        let findings = CoreTestSupport.findings(yaml, rules: Self.rules).filter { $0.ruleID.description == "core/term" }
        #expect(findings.map(\.spot) == ["2:33 core/term term.end"])
        #expect(findings.first?.message.sv.contains("(`term.end`)") == true)
    }

    @Test func amendmentsAndTheLegalOutcomeAreRead() throws {
        let agreement = try agreement(
            """
            amendments:
              - { date: 2026-03-12, decision: "KS 2026/88 § 21", what: Dialogmötet flyttas till september. }
            legal-outcome:
              - court: Förvaltningsrätten i Göteborg
                case: "Mål nr 1234-24"
                date: 2025-05-20
                outcome: Överenskommelsen är inte ett offentligt kontrakt.
            """)
        #expect(agreement.amendments?.first?.decision?.value == "KS 2026/88 § 21")
        #expect(agreement.legalOutcome?.first?.caseNumber?.value == "Mål nr 1234-24")
        #expect(agreement.legalOutcome?.first?.date?.value.description == "2025-05-20")
    }
}
