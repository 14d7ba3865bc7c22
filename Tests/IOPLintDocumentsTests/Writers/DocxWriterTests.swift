import Foundation
import IOPLintCore
import Testing

@testable import IOPLintDocuments

@Suite struct DocxWriterTests {
    private func package(_ yaml: String) throws -> DocxArchive {
        let document = AgreementLayout(agreement: Agreements.decode(yaml), language: .sv).document()
        return try DocxArchive(data: try DocxWriter().write(document))
    }

    @Test func isAPackageWithTheRequiredParts() throws {
        let archive = try package(Agreements.small)
        for part in [
            "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml",
            "word/_rels/document.xml.rels", "docProps/core.xml",
        ] {
            #expect(archive.contains(part), "\(part)")
        }
    }

    @Test func headingsUseRealHeadingStylesWithOutlineLevels() throws {
        let archive = try package(Agreements.small)
        let styles = try WordStyles(xml: try #require(try archive.part("word/styles.xml")))
        #expect(styles.headingLevel(of: "Heading1") == 1)
        #expect(styles.headingLevel(of: "Heading2") == 2)
        #expect(styles.isTitle("Title"))
        let blocks = try WordDocumentReader().read(archive)
        let headings = blocks.compactMap { block -> String? in
            if case .paragraph(let paragraph) = block, paragraph.headingLevel == 1 { return paragraph.text }
            return nil
        }
        #expect(headings == ["1. Parter", "2. Åtaganden", "3. Ekonomi", "4. Avtalstid", "5. Underskrifter"])
        #expect(blocks.first == .paragraph(WordParagraph(text: "Läxhjälp i Gottsunda", isTitle: true, isBold: true)))
    }

    @Test func agreementTextIsEscapedAndReadsBackUnchanged() throws {
        let data = try DocxWriter().write(Agreements.hostileDocument)
        let blocks = try WordDocumentReader().read(try DocxArchive(data: data))
        #expect(
            blocks.first
                == .paragraph(
                    WordParagraph(
                        text: Agreements.hostile.replacingOccurrences(of: "\u{0001}", with: ""), isTitle: true,
                        isBold: true)))
    }

    @Test func theSamePackageEveryTime() throws {
        let document = AgreementLayout(agreement: Agreements.decode(Agreements.small), language: .sv).document()
        #expect(try DocxWriter().write(document) == DocxWriter().write(document))
    }

    @Test func bulletsAreListItemsAndTablesAreTables() throws {
        let blocks = try WordDocumentReader().read(try package(Agreements.small))
        #expect(
            blocks.contains(.paragraph(WordParagraph(text: "Ordnar läxhjälp två kvällar i veckan.", isListItem: true))))
        #expect(
            blocks.contains(
                .table([
                    ["Post", "Belopp (kr)", "Part"], ["Samordnare", "120\u{00A0}000", "Uppsala kommun"],
                    ["Material", "15\u{00A0}500,5", "Läxhjälpen Gottsunda"], ["Summa", "135\u{00A0}500,5", ""],
                ])))
    }
}
