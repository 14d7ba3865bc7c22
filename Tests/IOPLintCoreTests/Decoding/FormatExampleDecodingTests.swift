import IOPYAML
import Testing

@testable import IOPLintCore

/// The example of agreement-format.md is a sound agreement: it decodes without an issue and
/// every value lands in the typed model, with its position.
@Suite struct FormatExampleDecodingTests {
    let document: LintDocument
    var agreement: Agreement { document.agreement }

    init() throws {
        let documents = CoreTestSupport.documents(FormatExample.yaml)
        try #require(documents.count == 1)
        document = documents[0]
    }

    @Test func exampleDecodesWithoutIssues() {
        #expect(document.isReadable)
        #expect(document.issues.map(\.spot) == [])
        #expect(document.rejected.isEmpty)
    }

    @Test func exampleHasNoFindingsUnderTheFormatRules() {
        let findings = CoreTestSupport.findings(FormatExample.yaml, rules: FormatRules.all)
        #expect(findings.map(\.spot) == [])
    }

    @Test func headerValuesLandInTheModel() {
        #expect(agreement.version?.value == 1)
        #expect(agreement.version?.range.start.description == "1:11")
        #expect(agreement.version?.path.description == "iop-lint")
        #expect(agreement.id?.value == "huddinge-iop-kvinna-2025")
        #expect(agreement.title?.value == "IOP Kvinna – vägen till egen försörjning")
        #expect(agreement.title?.range.start.description == "3:8")
        #expect(agreement.kind?.value == .iop)
        #expect(agreement.language?.value == .sv)
        #expect(document.language == .sv)
        #expect(agreement.status?.value == .draft)
        #expect(agreement.area?.value == "Flemingsberg, Huddinge")
        #expect(agreement.model == nil)
        #expect(agreement.range.start.description == "1:1")
    }

    @Test func partiesLandInTheModel() throws {
        let parties = try #require(agreement.parties)
        #expect(parties.map { $0.id?.value } == ["hela-manniskan", "huddinge-kommun"])
        #expect(parties.map { $0.type?.value } == [.ideaBased, .public])
        #expect(parties.map(\.path.description) == ["parties[0]", "parties[1]"])

        let first = parties[0]
        #expect(first.name?.value == "Hela Människan Huddinge-Botkyrka-Salem")
        #expect(first.orgNumber?.value == "802015-1232")
        #expect(first.roles?.map(\.value) == [.voice, .service, .communityBuilder])
        #expect(first.roles?.last?.range.start.description == "14:29")
        #expect(first.roles?.last?.path.description == "parties[0].roles[2]")
        #expect(first.representative?.name?.value == "Maria Berg")
        #expect(first.representative?.title?.value == "Verksamhetschef")
        #expect(first.mandate?.body?.value == "Styrelsen")
        #expect(first.mandate?.decision?.value == "§ 14")
        #expect(first.mandate?.date?.value == CalendarDate(year: 2025, month: 1, day: 20))
        #expect(first.mandate?.date?.range.start.description == "16:57")
        #expect(first.mandate?.date?.path.description == "parties[0].mandate.date")
        #expect(first.mandate?.level?.value == .highest)

        let second = parties[1]
        #expect(second.id?.range.start.description == "17:9")
        #expect(second.id?.path.description == "parties[1].id")
        #expect(second.roles == nil)
        #expect(second.mandate?.decision?.value == "KS-2025/123 § 45")
        #expect(second.mandate?.decision?.range.start.description == "22:49")
        #expect(second.mandate?.date?.value.description == "2025-02-03")
    }

    @Test func partyReferencesLandInTheModel() {
        #expect(agreement.initiative?.by?.map(\.value) == ["hela-manniskan"])
        #expect(agreement.problem?.agreedBy?.map(\.value) == ["hela-manniskan", "huddinge-kommun"])
        #expect(agreement.problem?.agreedBy?.last?.range.start.description == "36:31")
        #expect(agreement.activities?.map { $0.party?.value } == ["hela-manniskan"])
        #expect(agreement.commitments?.map { $0.party?.value } == ["hela-manniskan", "huddinge-kommun"])
        #expect(agreement.followUp?.responsible?.map(\.value) == ["hela-manniskan", "huddinge-kommun"])
        #expect(agreement.signatures?.map { $0.party?.value } == ["hela-manniskan", "huddinge-kommun"])
        #expect(agreement.governance?.steeringGroup?.map { $0.party?.value } == ["hela-manniskan", "huddinge-kommun"])
    }

    @Test func blockScalarsKeepTheirText() {
        #expect(
            agreement.formChoice?.value
                == "Ingen part kan lösa utmaningen ensam och ingen marknad finns för verksamheten; därför IOP i stället för bidrag eller upphandling.\n"
        )
        #expect(agreement.formChoice?.range.start.description == "27:14")
        #expect(agreement.problem?.statement?.value.hasPrefix("I Flemingsberg står 340 utrikesfödda kvinnor") == true)
        #expect(agreement.problem?.statement?.value.hasSuffix("i mer än tre år ...\n") == true)
        #expect(agreement.problem?.evidence?.count == 2)
        #expect(agreement.problem?.evidence?.first?.value == "SCB, Befolkningsstatistik 2024")
    }

    @Test func goalsAndTargetGroupLandInTheModel() throws {
        #expect(agreement.goals?.overall?.value.hasPrefix("Senast 2027") == true)
        let objective = try #require(agreement.goals?.objectives?.first)
        #expect(objective.baseline?.value == "10 %")
        #expect(objective.target?.value == "35 %")
        #expect(objective.by?.value == CalendarDate(year: 2027, month: 12, day: 31))
        #expect(objective.by?.range.start.description == "45:11")
        #expect(agreement.targetGroup?.size?.value == 120)
        #expect(agreement.targetGroup?.participation?.map { $0.stage?.value } == [.planning, .steering])
    }

    @Test func resourcesAndEconomyLandInTheModel() throws {
        let resources = try #require(agreement.resources)
        #expect(resources.map { $0.amount?.value } == [2000, 180, 450_000, 0.5])
        #expect(resources.map { $0.kind?.value } == [.volunteers, .premises, .money, .staff])
        #expect(resources.map { $0.unit?.value } == ["hours", "m2", "SEK", "FTE"])
        #expect(resources.allSatisfy { $0.per?.value == .year })
        #expect(
            resources.map { $0.party?.value } == [
                "hela-manniskan", "hela-manniskan", "huddinge-kommun", "huddinge-kommun",
            ])
        #expect(resources[3].amount?.range.start.description == "70:52")
        #expect(resources[3].amount?.path.description == "resources[3].amount")
        #expect(agreement.economy?.budget?.map { $0.amount?.value } == [160_000, 290_000])
        #expect(agreement.economy?.budget?.map { $0.item?.value } == ["Lokalhyra", "Samordnare 50 %"])
        #expect(agreement.economy?.payment?.value.hasPrefix("Kommunens medel") == true)
    }

    @Test func principlesLandInTheModel() throws {
        let principles = try #require(agreement.principles)
        #expect(principles.independence?.value.hasPrefix("Hela Människan behåller") == true)
        #expect(principles.independence?.range.start.description == "79:17")
        #expect(principles.dialogue?.value == "Parterna möts i styrgruppen fyra gånger per år.")
        #expect(principles.quality != nil)
        #expect(principles.longTerm?.path.description == "principles.long-term")
        #expect(principles.openness?.value == "Styrgruppens protokoll är offentliga.")
        #expect(principles.diversity != nil)
    }

    @Test func governanceFollowUpAndLegalLandInTheModel() {
        #expect(agreement.governance?.meetingsPerYear?.value == 4)
        #expect(agreement.governance?.steeringGroup?.map { $0.role?.value } == ["Verksamhetschef", "Socialchef"])
        #expect(agreement.followUp?.frequency?.value == "quarterly")
        #expect(agreement.followUp?.evaluation?.type?.value == .external)
        #expect(agreement.followUp?.evaluation?.everyYears?.value == 3)
        #expect(agreement.followUp?.evaluation?.by?.value == "Södertörns högskola")
        #expect(agreement.information?.value.hasPrefix("Parterna informerar") == true)
        #expect(agreement.legalAssessment?.procurement != nil)
        #expect(agreement.legalAssessment?.stateAid?.value.hasSuffix("de minimis-gränsen.") == true)
        #expect(agreement.legalAssessment?.localGovernmentAct == nil)
    }

    @Test func termAndSignaturesLandInTheModel() {
        #expect(agreement.term?.start?.value == CalendarDate(year: 2025, month: 3, day: 1))
        #expect(agreement.term?.end?.value == CalendarDate(year: 2028, month: 2, day: 29))
        #expect(agreement.term?.end?.range.start.description == "107:8")
        #expect(agreement.term?.noticeMonths?.value == 6)
        #expect(agreement.term?.extension_?.value.hasPrefix("Förlängning kräver") == true)
        #expect(agreement.termination != nil)
        #expect(agreement.changes != nil)
        #expect(agreement.disputes != nil)
        #expect(agreement.signatures?.map { $0.date?.value.description } == ["2025-02-20", "2025-02-21"])
        #expect(agreement.signatures?.first?.date?.range.start.description == "115:78")
        #expect(agreement.signatures?.last?.name?.value == "Anders Lind")
        #expect(agreement.contacts == nil)
        #expect(agreement.icld == nil)
    }
}
