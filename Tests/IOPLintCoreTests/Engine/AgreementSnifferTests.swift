import Testing

@testable import IOPLintCore

/// An agreement is told from other YAML by its first key, from its first bytes.
@Suite struct AgreementSnifferTests {
    private static func sniff(_ text: String, complete: Bool = true) -> Bool? {
        AgreementSniffer.firstKeyIsVersion(Array(text.utf8), complete: complete)
    }

    @Test(arguments: [
        "iop-lint: 1\n", "iop-lint: 1", "# Avtal\n#\n\niop-lint: 1\n", "%YAML 1.2\n---\niop-lint: 1\n",
        "--- # första\niop-lint: 1\n", "\u{FEFF}iop-lint: 1\n", "\"iop-lint\": 1\n", "'iop-lint' : 1\n",
        "{iop-lint: 1, title: x}\n", "  iop-lint: 1\n", "iop-lint:\r\n",
    ])
    func agreementsStartWithTheVersionKey(text: String) {
        #expect(Self.sniff(text) == true)
    }

    @Test(arguments: [
        "services:\n  web: {}\niop-lint: 1\n", "pack: lokal\n", "iop-lint-version: 1\n", "iop-lint:1\n",
        "- iop-lint: 1\n", "", "# bara en kommentar\n", "---\n", "iop-lint\n",
    ])
    func otherYAMLDoesNot(text: String) {
        #expect(Self.sniff(text) == false)
    }

    @Test func anIncompleteLeadAsksForMore() {
        #expect(Self.sniff("# en lång kommentar\n", complete: false) == nil)
        #expect(Self.sniff("iop-li", complete: false) == nil)
        #expect(Self.sniff("iop-lint: 1\n", complete: false) == true)
    }
}
