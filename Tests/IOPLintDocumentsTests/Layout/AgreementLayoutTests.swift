import IOPLintCore
import Testing

@testable import IOPLintDocuments

@Suite struct AgreementLayoutTests {
    private func blocks(_ yaml: String, _ language: Language = .sv) -> [DocumentBlock] {
        AgreementLayout(agreement: Agreements.decode(yaml), language: language).document().blocks
    }

    @Test func opensWithTitleKindAndThePartiesWithTheirNumbers() {
        let blocks = blocks(Agreements.small)
        #expect(blocks[0] == .title("Läxhjälp i Gottsunda"))
        #expect(blocks[1] == .subtitle("Idéburet offentligt partnerskap (IOP)"))
        #expect(
            blocks[2]
                == .paragraph(
                    label: nil,
                    text:
                        "Denna överenskommelse har ingåtts mellan Läxhjälpen Gottsunda (org.nr 802400-1234) och Uppsala kommun (org.nr 212000-3005)."
                ))
    }

    @Test func sectionsComeInTheUsualOrderNumbered() {
        let headings = blocks(Agreements.small).compactMap { block -> String? in
            if case .heading(1, let text) = block { return text }
            return nil
        }
        #expect(headings == ["1. Parter", "2. Åtaganden", "3. Ekonomi", "4. Avtalstid", "5. Underskrifter"])
        let english = blocks(Agreements.small, .en).compactMap { block -> String? in
            if case .heading(1, let text) = block { return text }
            return nil
        }
        #expect(english == ["1. Parties", "2. Commitments", "3. Budget and payment", "4. Term", "5. Signatures"])
    }

    @Test func budgetIsATableWithASum() {
        let table = blocks(Agreements.small).compactMap { block -> [[String]]? in
            if case .table(let header, let rows) = block, header.first == "Post" { return rows }
            return nil
        }
        #expect(
            table == [
                [
                    ["Samordnare", "120\u{00A0}000", "Uppsala kommun"],
                    ["Material", "15\u{00A0}500,5", "Läxhjälpen Gottsunda"],
                    ["Summa", "135\u{00A0}500,5", ""],
                ]
            ])
    }

    @Test func commitmentsAreListedUnderEachParty() {
        let blocks = blocks(Agreements.small)
        let start = blocks.firstIndex(of: .heading(level: 1, text: "2. Åtaganden"))!
        #expect(blocks[start + 1] == .heading(level: 2, text: "Läxhjälpen Gottsunda"))
        #expect(blocks[start + 2] == .bullets(["Ordnar läxhjälp två kvällar i veckan."]))
        #expect(blocks[start + 3] == .heading(level: 2, text: "Uppsala kommun"))
    }

    @Test func everyPartyGetsASignatureBlockSignedOrNot() {
        let signatures = blocks(Agreements.small).compactMap { block -> SignatureBlock? in
            if case .signature(let signature) = block { return signature }
            return nil
        }
        #expect(signatures.map(\.party) == ["För Läxhjälpen Gottsunda", "För Uppsala kommun"])
        #expect(signatures[0].placeAndDate.date == "2025-06-15")
        #expect(signatures[0].lines.map(\.value) == ["Sara Ek", "Ordförande"])
        #expect(signatures[1].lines.map(\.value) == ["", ""])
    }

    @Test func termSaysTheNoticeInMonths() {
        #expect(blocks(Agreements.small).contains(.paragraph(label: "Uppsägningstid", text: "3 månader")))
        #expect(blocks(Agreements.small, .en).contains(.paragraph(label: "Notice period", text: "3 months")))
    }
}
