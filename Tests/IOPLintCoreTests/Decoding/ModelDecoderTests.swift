import IOPYAML
import Testing

@testable import IOPLintCore

/// Decoding nodes into the typed model: every problem is reported, with its exact position and
/// path, and a value that fails its type is left out of the model.
@Suite struct ModelDecoderTests {
    private func document(_ yaml: String) throws -> LintDocument {
        let documents = CoreTestSupport.documents(yaml)
        try #require(documents.count == 1)
        return documents[0]
    }

    @Test func everyProblemOfADocumentIsReportedNotOnlyTheFirst() throws {
        let yaml = """
            iop-lint: 1
            titel: Läxhjälp i Gottsunda
            kind: partnerskap
            parties:
              - { id: uppsala-kommun, type: kommun }
              - { id: uppsala-kommun }
            term: { start: 2025-02-30 }
            commitments:
              - { party: upsala-kommun, what: Upplåter lokaler. }
            resources:
              - { party: uppsala-kommun, amount: -5 }

            """
        let document = try document(yaml)
        #expect(
            document.issues.sorted { $0.range < $1.range }.map(\.spot) == [
                "2:1 format/unknown-key titel",
                "3:7 format/type kind",
                "5:33 format/type parties[0].type",
                "6:11 format/duplicate-id parties[1].id",
                "7:16 format/date term.start",
                "9:14 format/unknown-party commitments[0].party",
                "11:38 format/type resources[0].amount",
            ])
        #expect(
            document.rejected == [
                DocumentPath([.key("kind")]),
                DocumentPath([.key("parties"), .index(0), .key("type")]),
                DocumentPath([.key("term"), .key("start")]),
                DocumentPath([.key("resources"), .index(0), .key("amount")]),
            ])
    }

    /// Every key of agreement-format.md, including those the example leaves out.
    @Test func everyKeyOfTheFormatIsKnown() throws {
        let yaml = """
            iop-lint: 1
            id: gottsunda-samverkan
            title: Trygg i Gottsunda
            kind: samverkan
            language: sv
            status: review
            area: Gottsunda
            model: est
            parties:
              - id: uppsala-kommun
                name: Uppsala kommun
                type: public
                org-number: "212000-3005"
                roles: [service]
                representative: { name: Eva Ek, title: Stadsdirektör, email: eva@example.se }
                mandate: { body: KS, decision: "§ 1", date: 2025-01-01, level: delegated }
            initiative: { by: [uppsala-kommun], description: Kommunen tog initiativet. }
            form-choice: Samverkan.
            background: Bakgrund.
            problem: { statement: Otrygghet., evidence: [BRÅ], agreed-by: [uppsala-kommun] }
            goals:
              overall: Tryggare.
              objectives: [{ description: a, indicator: b, baseline: 3, target: 1.5, by: 2026-12-31 }]
            target-group:
              description: Boende.
              size: 9000
              participation: [{ stage: implementation, how: Trygghetsvandringar. }, { stage: follow-up, how: Enkät. }]
            activities: [{ what: Vandringar, party: uppsala-kommun }]
            commitments: [{ party: uppsala-kommun, what: Samordnar. }]
            resources: [{ party: uppsala-kommun, kind: in-kind, amount: 1, unit: lokal, per: total, description: Lokal. }]
            economy: { budget: [{ item: Samordnare, amount: 500000, party: uppsala-kommun }], payment: Ingen. }
            principles: { independence: a, dialogue: b, quality: c, long-term: d, openness: e, diversity: f }
            governance:
              steering-group: [{ party: uppsala-kommun, name: Eva Ek, role: Ordförande, politician: true, side: majority }]
              meetings-per-year: 0
              responsibilities: Var och en.
            follow-up:
              what: Trygghet.
              frequency: every other week
              responsible: [uppsala-kommun]
              evaluation: { type: internal, every-years: 0.5, by: Kommunen }
            information: Löpande.
            legal-assessment: { procurement: a, state-aid: b, local-government-act: c }
            ownership: Ingen.
            icld:
              core-areas: [equity, participation, transparency, accountability]
              benefit: [{ party: uppsala-kommun, how: Lärande. }]
              team: [{ party: uppsala-kommun, name: Eva Ek, role: civil-servant }]
            term: { start: 2025-01-01, end: 2025-12-31, notice-months: 0, extension: Nej. }
            termination: Uppsägning.
            changes: Skriftligen.
            disputes: Styrgruppen.
            contacts: [{ party: uppsala-kommun, name: Eva Ek, email: eva@example.se, phone: "018-727 00 00" }]
            signatures: [{ party: uppsala-kommun, name: Eva Ek, title: Stadsdirektör, date: 2025-01-02 }]

            """
        let document = try document(yaml)
        #expect(document.issues.map(\.spot) == [])
        let agreement = document.agreement
        #expect(agreement.model?.value == .est)
        #expect(agreement.status?.value == .review)
        #expect(agreement.background?.value == "Bakgrund.")
        #expect(agreement.ownership?.value == "Ingen.")
        #expect(agreement.parties?.first?.representative?.email?.value == "eva@example.se")
        #expect(agreement.parties?.first?.mandate?.level?.value == .delegated)
        #expect(agreement.goals?.objectives?.first?.baseline?.value == "3")
        #expect(agreement.goals?.objectives?.first?.target?.value == "1.5")
        #expect(agreement.targetGroup?.participation?.map { $0.stage?.value } == [.implementation, .followUp])
        #expect(agreement.resources?.first?.kind?.value == .inKind)
        #expect(agreement.resources?.first?.per?.value == .total)
        #expect(agreement.resources?.first?.description?.value == "Lokal.")
        #expect(agreement.governance?.steeringGroup?.first?.politician?.value == true)
        #expect(agreement.governance?.steeringGroup?.first?.side?.value == .majority)
        #expect(agreement.governance?.meetingsPerYear?.value == 0)
        #expect(agreement.followUp?.frequency?.value == "every other week")
        #expect(agreement.followUp?.evaluation?.everyYears?.value == 0.5)
        #expect(agreement.legalAssessment?.localGovernmentAct?.value == "c")
        #expect(agreement.icld?.coreAreas?.count == 4)
        #expect(agreement.icld?.benefit?.first?.how?.value == "Lärande.")
        #expect(agreement.icld?.team?.first?.role?.value == .civilServant)
        #expect(agreement.contacts?.first?.phone?.value == "018-727 00 00")
        #expect(agreement.term?.noticeMonths?.value == 0)
    }

    @Test func valueOfTheWrongTypeIsLeftOutOfTheModelAndRejected() throws {
        let document = try document("iop-lint: 1\ntitle: [Läxhjälp, Gottsunda]\narea: Gottsunda\n")
        #expect(document.issues.map(\.spot) == ["2:8 format/type title"])
        #expect(document.issues.first?.message.en == "`title` must be text, but is a list")
        #expect(document.issues.first?.message.sv == "`title` ska vara text, men är en lista")
        #expect(document.agreement.title == nil)
        #expect(document.agreement.area?.value == "Gottsunda")
        #expect(document.rejected == [DocumentPath([.key("title")])])
    }

    struct WrongType: Sendable, CustomTestStringConvertible {
        var yaml: String
        var spot: String
        var message: String
        var testDescription: String { spot }
    }

    @Test(arguments: [
        WrongType(
            yaml: "iop-lint: 1\ntitle: [Läxhjälp, Gottsunda]\n", spot: "2:8 format/type title",
            message: "`title` must be text, but is a list"),
        WrongType(
            yaml: "iop-lint: 1\ntitle: { sv: Läxhjälp }\n", spot: "2:8 format/type title",
            message: "`title` must be text, but is a map of keys and values"),
        WrongType(
            yaml: "iop-lint: 1\ntitle: true\n", spot: "2:8 format/type title",
            message: "`title` must be text, but is the boolean `true`"),
        WrongType(
            yaml: "iop-lint: 1\nparties:\n  id: uppsala-kommun\n", spot: "3:3 format/type parties",
            message: "`parties` must be a list, but is a map of keys and values"),
        WrongType(
            yaml: "iop-lint: 1\nterm: 2025\n", spot: "2:7 format/type term",
            message: "`term` must be a map of keys and values, but is the number `2025`"),
        WrongType(
            yaml: "iop-lint: 1\nparties: [uppsala-kommun]\n", spot: "2:11 format/type parties[0]",
            message: "`parties[0]` must be a map of keys and values, but is `uppsala-kommun`"),
        WrongType(
            yaml: "iop-lint: 1\ntarget-group: { size: många }\n", spot: "2:23 format/type target-group.size",
            message: "`target-group.size` must be an integer, but is `många`"),
        WrongType(
            yaml: "iop-lint: 1\ntarget-group: { size: 12.5 }\n", spot: "2:23 format/type target-group.size",
            message: "`target-group.size` must be an integer, but is the number `12.5`"),
        WrongType(
            yaml: "iop-lint: 1\nresources: [{ amount: mycket }]\n", spot: "2:23 format/type resources[0].amount",
            message: "`resources[0].amount` must be a number, but is `mycket`"),
        WrongType(
            yaml: "iop-lint: 1\ngovernance:\n  steering-group: [{ politician: ja }]\n",
            spot: "3:34 format/type governance.steering-group[0].politician",
            message: "`governance.steering-group[0].politician` must be true or false, but is `ja`"),
        WrongType(
            yaml: "iop-lint: 1\nid: Läxhjälp Gottsunda\n", spot: "2:5 format/type id",
            message: "`id` must be an id (lower-case letters, digits and -), but is `Läxhjälp Gottsunda`"),
        WrongType(
            yaml: "iop-lint: 1\nterm: { start: [2025, 3, 1] }\n", spot: "2:16 format/type term.start",
            message: "`term.start` must be a date (YYYY-MM-DD), but is a list"),
        WrongType(
            yaml: "- iop-lint: 1\n", spot: "1:1 format/type ",
            message: "the document must be a map of keys and values, but is a list"),
    ])
    func wrongTypeIsReportedAtTheValue(_ wrong: WrongType) throws {
        let document = try document(wrong.yaml)
        #expect(document.issues.map(\.spot) == [wrong.spot])
        #expect(document.issues.first?.message.en == wrong.message)
        #expect(document.rejected.map(\.description) == [document.issues.first?.path.description])
    }

    @Test func enumerationValueOutsideTheListNamesTheAllowedValues() throws {
        let document = try document("iop-lint: 1\nkind: partnerskap\n")
        #expect(document.issues.map(\.spot) == ["2:7 format/type kind"])
        #expect(
            document.issues.first?.message.en
                == "`kind` must be one of `iop`, `overenskommelse`, `kommunalt-partnerskap`, `samverkan`, but is `partnerskap`"
        )
        #expect(
            document.issues.first?.message.sv
                == "`kind` ska vara en av `iop`, `overenskommelse`, `kommunalt-partnerskap`, `samverkan`, men är `partnerskap`"
        )
        #expect(document.agreement.kind == nil)
    }

    @Test func enumerationValueNearAnAllowedOneSuggestsIt() throws {
        let document = try document("iop-lint: 1\nstatus: dratf\nparties: [{ type: Public }]\n")
        #expect(document.issues.map(\.spot) == ["2:9 format/type status", "3:19 format/type parties[0].type"])
        #expect(
            document.issues.first?.message.en
                == "`status` must be one of `draft`, `review`, `decided`, `signed`, `ended` (did you mean `draft`?), but is `dratf`"
        )
        #expect(document.issues.last?.message.sv.contains("(menade du `public`?)") == true)
    }

    @Test func representationIsNotAnICLDCoreArea() throws {
        let document = try document(
            "iop-lint: 1\nkind: kommunalt-partnerskap\nicld:\n  core-areas: [equity, representation]\n")
        #expect(document.issues.map(\.spot) == ["4:24 format/type icld.core-areas[1]"])
        let message = try #require(document.issues.first?.message)
        #expect(message.en.contains("(representation is not an ICLD core area)"))
        #expect(
            message.en.hasPrefix(
                "`icld.core-areas[1]` must be one of `equity`, `participation`, `transparency`, `accountability`"))
        #expect(message.sv.contains("(representation är inte ett av ICLD:s kärnområden)"))
        #expect(document.agreement.icld?.coreAreas?.map(\.value) == [.equity])
    }

    @Test func negativeAmountIsLeftOutOfTheModel() throws {
        let yaml = """
            iop-lint: 1
            parties: [{ id: uppsala-kommun }]
            resources:
              - { party: uppsala-kommun, kind: money, amount: -5, unit: SEK }
            governance: { meetings-per-year: -1 }

            """
        let document = try document(yaml)
        #expect(
            document.issues.map(\.spot) == [
                "4:51 format/type resources[0].amount", "5:34 format/type governance.meetings-per-year",
            ])
        #expect(document.issues.first?.message.en == "`resources[0].amount` must be at least 0, but is the number `-5`")
        #expect(document.issues.first?.message.sv == "`resources[0].amount` ska vara minst 0, men är talet `-5`")
        let resource = try #require(document.agreement.resources?.first)
        #expect(resource.amount == nil)
        #expect(resource.kind?.value == .money)
        #expect(resource.unit?.value == "SEK")
        #expect(document.agreement.governance?.meetingsPerYear == nil)
        #expect(document.rejected.contains(DocumentPath([.key("resources"), .index(0), .key("amount")])))
        #expect(document.rejected.contains(DocumentPath([.key("governance"), .key("meetings-per-year")])))
    }

    @Test func zeroAmountIsAllowed() throws {
        let document = try document("iop-lint: 1\nresources: [{ amount: 0 }]\neconomy: { budget: [{ amount: 0.0 }] }\n")
        #expect(document.issues.map(\.spot) == [])
        #expect(document.agreement.resources?.first?.amount?.value == 0)
    }

    @Test func nullValuesCountAsAbsentAndAreNotReported() throws {
        let document = try document("iop-lint: 1\ntitle: ~\nterm:\n  start:\nparties: [~, { id: a }]\n")
        #expect(document.issues.map(\.spot) == [])
        #expect(document.agreement.title == nil)
        #expect(document.agreement.term?.start == nil)
        #expect(document.agreement.parties?.map { $0.id?.value } == ["a"])
    }

    @Test func numbersAreAcceptedAsText() throws {
        let document = try document("iop-lint: 1\ntitle: 2025\nparties: [{ mandate: { decision: 45 } }]\n")
        #expect(document.issues.map(\.spot) == [])
        #expect(document.agreement.title?.value == "2025")
        #expect(document.agreement.parties?.first?.mandate?.decision?.value == "45")
    }

    @Test func idsMayBeWrittenAsBareNumbers() throws {
        let yaml = "iop-lint: 1\nid: 2025\nparties: [{ id: 1 }]\ncommitments: [{ party: 1 }]\n"
        let document = try document(yaml)
        #expect(document.issues.map(\.spot) == [])
        #expect(document.agreement.id?.value == "2025")
        #expect(document.agreement.parties?.first?.id?.value == "1")
        #expect(document.agreement.commitments?.first?.party?.value == "1")
    }

    @Test func keyThatIsNotTextIsReportedWithoutRejectingItsMap() throws {
        let yaml = "iop-lint: 1\nparties:\n  - id: uppsala-kommun\n    ? [a, b]\n    : c\n"
        let document = try document(yaml)
        #expect(document.issues.map(\.spot) == ["4:7 format/type parties[0]"])
        #expect(document.issues.first?.message.en == "a key in `parties[0]` must be text, but is a list")
        #expect(document.issues.first?.message.sv == "en nyckel i `parties[0]` ska vara text, men är en lista")
        #expect(document.rejected.isEmpty)
        #expect(document.node(at: DocumentPath([.key("parties"), .index(0), .key("id")])) != nil)
        #expect(document.agreement.parties?.first?.id?.value == "uppsala-kommun")
    }

    @Test func unknownKeySuggestsTheNearestKey() throws {
        let document = try document("iop-lint: 1\ntitel: Läxhjälp i Gottsunda\n")
        #expect(document.issues.map(\.spot) == ["2:1 format/unknown-key titel"])
        #expect(document.issues.first?.message.en == "unknown key `titel`; did you mean `title`?")
        #expect(document.issues.first?.message.sv == "okänd nyckel `titel`; menade du `title`?")
        #expect(document.rejected.isEmpty)
    }

    @Test func nestedUnknownKeyNamesItsPlace() throws {
        let yaml = """
            iop-lint: 1
            parties:
              - id: uppsala-kommun
                mandat: { body: Kommunstyrelsen }

            """
        let document = try document(yaml)
        #expect(document.issues.map(\.spot) == ["4:5 format/unknown-key parties[0].mandat"])
        #expect(document.issues.first?.message.en == "unknown key `mandat` in `parties[0]`; did you mean `mandate`?")
        #expect(document.issues.first?.message.sv == "okänd nyckel `mandat` i `parties[0]`; menade du `mandate`?")
        #expect(document.agreement.parties?.first?.mandate == nil)
    }

    @Test func unknownKeyFarFromEveryKeyHasNoSuggestion() throws {
        let document = try document("iop-lint: 1\nterm: { budgetram: 5 }\n")
        #expect(document.issues.map(\.spot) == ["2:9 format/unknown-key term.budgetram"])
        #expect(document.issues.first?.message.en == "unknown key `budgetram` in `term`")
    }

    @Test func extensionKeysAreNeverReported() throws {
        let yaml = """
            iop-lint: 1
            x-diarienummer: KS-2025/88
            parties:
              - { id: uppsala-kommun, x-intern: [1, 2] }
            term: { start: 2025-03-01, x-anteckning: { fri: text } }

            """
        let document = try document(yaml)
        #expect(document.issues.map(\.spot) == [])
        #expect(document.node(at: DocumentPath([.key("x-diarienummer")]))?.scalar?.value == "KS-2025/88")
    }

    @Test func integrityIsAcceptedAsIndependence() throws {
        let yaml = "iop-lint: 1\nprinciples:\n  integrity: Föreningen behåller sin självständighet.\n"
        let document = try document(yaml)
        #expect(document.issues.map(\.spot) == [])
        let independence = try #require(document.agreement.principles?.independence)
        #expect(independence.value == "Föreningen behåller sin självständighet.")
        #expect(independence.range.start.description == "3:14")
        #expect(document.node(at: independence.path)?.scalar?.value == independence.value)
    }

    @Test func integrityOfTheWrongTypeIsHiddenFromRulesUnderItsCanonicalName() throws {
        let document = try document("iop-lint: 1\nprinciples:\n  integrity: [a, b]\n")
        #expect(document.issues.map(\.range.start.description) == ["3:14"])
        #expect(document.agreement.principles?.independence == nil)
        #expect(document.node(at: DocumentPath([.key("principles"), .key("independence")])) == nil)
    }

    @Test func integrityNextToIndependenceIsReportedAsARepeat() throws {
        let yaml = "iop-lint: 1\nprinciples:\n  independence: Egen röst.\n  integrity: [Annan text]\n"
        let document = try document(yaml)
        #expect(document.issues.map(\.spot) == ["4:3 format/duplicate-key principles.integrity"])
        #expect(
            document.issues.first?.message.en
                == "`integrity` is another name for `independence`, which is given on line 3; this value is ignored")
        #expect(
            document.issues.first?.message.sv
                == "`integrity` är ett annat namn för `independence`, som finns på rad 3; det här värdet ignoreras")
        #expect(document.agreement.principles?.independence?.value == "Egen röst.")
    }

    @Test func quotedDateIsADate() throws {
        let document = try document("iop-lint: 1\nterm: { start: \"2024-02-29\" }\n")
        #expect(document.issues.map(\.spot) == [])
        #expect(document.agreement.term?.start?.value == CalendarDate(year: 2024, month: 2, day: 29))
    }

    @Test func partyReferenceThatIsNotAnIDIsAWrongType() throws {
        let document = try document(
            "iop-lint: 1\nparties: [{ id: uppsala-kommun }]\ncommitments: [{ party: Uppsala kommun }]\n")
        #expect(document.issues.map(\.spot) == ["3:24 format/type commitments[0].party"])
        #expect(document.agreement.commitments?.first?.party == nil)
    }

    @Test func partiesOfOneDocumentAreNotSeenByAnother() {
        let yaml =
            "iop-lint: 1\nparties: [{ id: uppsala-kommun }]\n---\niop-lint: 1\ncommitments: [{ party: uppsala-kommun }]\n"
        #expect(CoreTestSupport.issues(yaml).map(\.spot) == ["5:24 format/unknown-party commitments[0].party"])
    }
}
