import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct YAMLSyntaxRuleTests {
    private func findings(bytes: [UInt8]) -> [Finding] {
        CoreTestSupport.findings(bytes: bytes)
    }

    private func findings(_ yaml: String) -> [Finding] {
        CoreTestSupport.findings(yaml)
    }

    @Test func syntaxErrorIsReportedWhereLibYAMLStopped() {
        let found = findings("iop-lint: 1\nparties: [hela-manniskan, uppsala-kommun\n")
        #expect(found.map(\.spot) == ["3:1 format/yaml-syntax parties[2]"])
        #expect(found.first?.severity == .error)
        #expect(
            found.first?.message.en
                == "YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence)")
        #expect(
            found.first?.message.sv
                == "YAML-syntaxfel: hittade inte det ',' eller ']' som förväntades (vid läsning av en lista inom [])")
    }

    @Test func unterminatedQuoteIsReportedAtTheEndOfTheFile() {
        let found = findings("iop-lint: 1\ntitle: \"Läxhjälp i Gottsunda\nkind: iop\n")
        #expect(found.map(\.spot) == ["4:1 format/yaml-syntax title"])
        #expect(
            found.first?.message.en
                == "YAML syntax error: found unexpected end of stream (while scanning a quoted scalar)")
    }

    @Test func invalidUTF8IsReportedAtTheBadByte() {
        let bytes = Array("iop-lint: 1\ntitle: Gårdsgården G".utf8) + [0xE5] + Array("rd\n".utf8)
        let found = findings(bytes: bytes)
        #expect(found.map(\.spot) == ["2:21 format/yaml-syntax "])
        #expect(
            found.first?.message.en
                == "the file is not valid UTF-8: the byte here cannot be read (save the file as UTF-8)")
    }

    @Test(arguments: ["", "\n", "# bara en kommentar\n", "  \n# och en till\n"])
    func fileWithoutADocumentIsEmpty(_ text: String) {
        let found = findings(text)
        #expect(found.map(\.spot) == ["1:1 format/yaml-syntax "])
        #expect(found.first?.message.en == "the file is empty: it holds no YAML document")
        #expect(found.first?.message.sv == "filen är tom: den innehåller inget YAML-dokument")
    }

    @Test func fileWithANulByteIsBinary() {
        let found = findings(bytes: Array("iop-lint: 1\ntitle: a".utf8) + [0] + Array("b\n".utf8))
        #expect(found.map(\.spot) == ["2:9 format/yaml-syntax "])
        #expect(found.first?.message.en == "the file is binary (it holds a NUL byte), not YAML text")
    }

    @Test func undefinedAliasIsASyntaxError() {
        let found = findings("iop-lint: 1\ntitle: *namn\n")
        #expect(found.map(\.spot) == ["2:8 format/yaml-syntax title"])
        #expect(found.first?.message.en == "alias `*namn` refers to no anchor `&namn` defined before it")
    }

    @Test func unreadableDocumentGetsOnlyTheFormatFindingsOfItsProblems() {
        let found = findings("titel: x\ntitle: x\ntitle: [\n")
        #expect(found.map(\.spot) == ["3:1 format/duplicate-key title", "4:1 format/yaml-syntax title[0]"])
    }
}
