import Foundation
import TestSupport
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

    /// Files read two at a time get the answers read one at a time gives, each in its place:
    /// agreements, other YAML, a lead longer than one read, and a file that is gone.
    @Test func manyFilesReadAtOnceGetTheirOwnAnswers() throws {
        let longLead = String(repeating: "# kommentar\n", count: 600) + "iop-lint: 1\n"
        var files: [String: String] = [:]
        for number in 0..<300 {
            let name = String(format: "%03d.yaml", number)
            switch number % 4 {
            case 0: files[name] = "iop-lint: 1\ntitle: Avtal \(number)\n"
            case 1: files[name] = "services:\n  web: {}\n"
            case 2: files[name] = longLead
            default: files[name] = "pack: lokal\n"
            }
        }
        let folder = try TemporaryFolder.make("iop-lint-sniff", holding: files)
        defer { TemporaryFolder.remove(folder) }
        let paths =
            files.keys.sorted().map { RawPath(folder.appendingPathComponent($0).path) } + [RawPath("/no/such.yaml")]
        let expected = paths.indices.map { $0 == 300 || $0 % 4 == 0 || $0 % 4 == 2 }
        #expect(AgreementSniffer.areAgreements(paths, readers: 1) == expected)
        #expect(AgreementSniffer.areAgreements(paths, readers: 2) == expected)
        #expect(AgreementSniffer.areAgreements(paths, readers: nil) == expected)
    }
}
