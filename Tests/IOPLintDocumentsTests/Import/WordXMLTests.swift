import Foundation
import Testing

@testable import IOPLintDocuments

@Suite struct WordXMLTests {
    /// Every call a part's XML makes, as text: `<name attr=value>`, `"text"`, `</name>`.
    final class Recorder: WordXMLHandler {
        var events: [String] = []

        func start(_ element: String, attributes: [String: String]) {
            let pairs = attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined()
            events.append("<\(element)\(pairs)>")
        }

        func text(_ string: String) { events.append("\"\(string)\"") }
        func end(_ element: String) { events.append("</\(element)>") }
    }

    static func events(_ xml: String) throws(DocxError) -> [String] {
        let recorder = Recorder()
        try WordXML.parse(Data(xml.utf8), handler: recorder)
        return recorder.events
    }

    /// Whether `error` says the XML cannot be read, for a syntax error or for no XML at all.
    static func isUnreadableXML(_ error: DocxError) -> Bool {
        switch error {
        case .badXML, .malformedXML: true
        default: false
        }
    }

    static func failure(_ xml: String) -> DocxError? {
        do {
            _ = try events(xml)
            return nil
        } catch {
            return error
        }
    }

    @Test func elementsByLocalNameAttributesByQualifiedName() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
            <w:p><w:pPr><w:pStyle w:val="Rubrik1"/></w:pPr><w:r><w:t>Syfte</w:t></w:r></w:p>\
            </w:body></w:document>
            """
        #expect(
            try Self.events(xml) == [
                "<document>", "<body>", "<p>", "<pPr>", "<pStyle w:val=Rubrik1>", "</pStyle>", "</pPr>", "<r>",
                "<t>", "\"Syfte\"", "</t>", "</r>", "</p>", "</body>", "</document>",
            ])
    }

    @Test func textKeepsItsSpacesAndLosesItsEntities() throws {
        let xml = """
            <w:t xmlns:w="urn:w" xml:space="preserve"> Kommunen &amp; föreningen &#8211; &lt;ort&gt; <![CDATA[a<b]]></w:t>
            """
        #expect(
            try Self.events(xml) == [
                "<t xml:space=preserve>", "\" Kommunen & föreningen – <ort> \"", "\"a<b\"", "</t>",
            ])
    }

    @Test func aSyntaxErrorSaysItsLineAndColumn() {
        guard case .malformedXML(let line, let column, let problem)? = Self.failure("<a>\n<b>\n  </a>") else {
            Issue.record("a mismatched end tag was read")
            return
        }
        #expect(line == 3)
        // Where the parser stopped: at or after the end tag that does not match.
        #expect(column >= 3)
        #expect(problem.contains("mismatch"))
        #expect(problem.unicodeScalars.allSatisfy { $0.properties.generalCategory != .control })
        let message = DocxError.malformedXML(line: 3, column: 5, problem: "mismatch").message
        #expect(message.en == "the Word document's XML cannot be read at line 3, column 5 (mismatch)")
        #expect(message.sv == "Word-dokumentets XML går inte att läsa på rad 3, kolumn 5 (mismatch)")
    }

    @Test func noXMLAtAllIsAnError() {
        guard let empty = Self.failure(""), Self.isUnreadableXML(empty) else {
            Issue.record("empty XML was read")
            return
        }
        guard let text = Self.failure("plain text, not XML"), Self.isUnreadableXML(text) else {
            Issue.record("text was read as XML")
            return
        }
    }

    @Test func anEntityDeclarationIsRefusedBeforeParsing() {
        guard case .badXML(let detail)? = Self.failure("<!ENTITY a \"b\"><d/>") else {
            Issue.record("an entity declaration was parsed")
            return
        }
        #expect(detail.contains("document type declaration"))
    }

    /// UTF-16 hides the declaration from the check of the bytes; the reader refuses it.
    @Test func aDocumentTypeDeclarationInUTF16IsRefused() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE d [<!ENTITY a \"aaaa\">]><d>&a;</d>"
        let recorder = Recorder()
        var bytes = Data([0xFF, 0xFE])
        bytes.append(try #require(xml.data(using: .utf16LittleEndian)))
        #expect(throws: DocxError.badXML("a document type declaration, which WordprocessingML never has")) {
            try WordXML.parse(bytes, handler: recorder)
        }
        #expect(recorder.events.isEmpty)
    }

    @Test func libxml2IsOpenedFromTheSystem() {
        guard case .success = LibXML2.shared else {
            Issue.record("libxml2 could not be opened: \(LibXML2.shared)")
            return
        }
    }
}
