import Foundation
import TestSupport
import Testing

@testable import IOPLintCore

/// The baseline file: written as documented JSON, read back, and rejected with a position when
/// it is malformed.
@Suite struct BaselineFileTests {
    private static let fingerprint = "0123456789abcdef0123456789abcdef"

    private static let baseline = Baseline(entries: [
        BaselineEntry(
            file: "b.yaml", rule: RuleID("format/type")!, fingerprint: "ffffffffffffffffffffffffffffffff", line: 2,
            message: "`kind` är fel"),
        BaselineEntry(
            file: "a.yaml", rule: RuleID("format/unknown-key")!, fingerprint: fingerprint, line: 7, message: "m"),
    ])

    /// The failures of reading `text`, as the command line shows them.
    private static func failures(_ text: String, language: Language = .en) -> [String] {
        do {
            _ = try Baseline.read(Array(text.utf8), file: "baseline.json")
            return []
        } catch {
            return error.failures.map { $0.shown(in: language) }
        }
    }

    @Test func theFileIsDocumentedJSONWithSortedEntries() throws {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(Self.baseline.fileText.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        #expect((json["tool"] as? [String: String]) == ["name": "iop-lint", "version": ToolInfo.version])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.map { $0["file"] as? String } == ["a.yaml", "b.yaml"])
        #expect(Set(findings[1].keys) == ["file", "rule", "fingerprint", "line", "message"])
        #expect(findings[1]["message"] as? String == "`kind` är fel")
        #expect(Self.baseline.fileText.hasSuffix("}\n"))
    }

    @Test func whatIsWrittenIsReadBack() throws {
        let read = try Baseline.read(Array(Self.baseline.fileText.utf8), file: "baseline.json")
        #expect(read == Self.baseline)
    }

    @Test func lineAndMessageMayBeLeftOut() throws {
        let text =
            #"{"version": 1, "findings": [{"file": "a.yaml", "rule": "iop/goals", "fingerprint": "\#(Self.fingerprint)"}]}"#
        let read = try Baseline.read(Array(text.utf8), file: "baseline.json")
        #expect(
            read.entries == [BaselineEntry(file: "a.yaml", rule: RuleID("iop/goals")!, fingerprint: Self.fingerprint)])
    }

    @Test func writingIsAtomicAndLeavesNoTemporaryFile() throws {
        let folder = try TemporaryFolder.make("baseline")
        defer { TemporaryFolder.remove(folder) }
        let path = folder.appendingPathComponent("baseline.json").path
        try Self.baseline.write(to: path)
        #expect(try Baseline.load(path) == Self.baseline)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["baseline.json"])
    }

    @Test func aJSONSyntaxErrorIsReportedWithItsLineAndColumn() {
        let text = "{\n  \"version\": 1,\n  \"findings\": [,]\n}\n"
        #expect(
            Self.failures(text) == [
                "baseline.json:3:16: the baseline is not valid JSON: did not find expected node content"
            ])
    }

    @Test(arguments: [
        (
            #"{"version": 1}"#,
            "baseline.json:1:1: the file needs the key `findings`"
        ),
        (
            #"{"version": 2, "findings": []}"#,
            "baseline.json:1:13: baseline version 2 was written by a newer iop-lint; this one reads version 1"
        ),
        (
            #"{"version": 1, "findings": [{"file": "a.yaml", "rule": "iop", "fingerprint": "x"}]}"#,
            "baseline.json:1:56: `iop` is not a rule id (pack/name)"
        ),
        (
            #"{"version": 1, "findings": [{"file": "a.yaml", "rule": "iop/goals", "fingerprint": "ABC"}]}"#,
            "baseline.json:1:84: `findings[0].fingerprint` must be 32 lowercase hexadecimal digits, as iop-lint writes it"
        ),
        (
            #"{"version": 1, "findings": [{"file": "a.yaml", "rule": "iop/goals"}]}"#,
            "baseline.json:1:29: `findings[0]` needs the key `fingerprint`"
        ),
        (
            #"{"version": 1, "findings": {}}"#,
            "baseline.json:1:28: `findings` must be a list"
        ),
        (
            #"{"version": 1, "findings": [], "count": 3}"#,
            "baseline.json:1:32: unknown key `count` in the file"
        ),
        (
            #"{"version": 1, "findings": [], "counts": {}}"#,
            "baseline.json:1:1: this is a report, not a baseline: write a baseline with --write-baseline"
        ),
        (
            #"{"version": 1, "version": 1, "findings": []}"#,
            "baseline.json:1:16: key `version` is written twice (first on line 1)"
        ),
        ("", "baseline.json:1:1: the baseline is empty: write one with --write-baseline"),
        ("[]", "baseline.json:1:1: the file must be a map"),
    ])
    func aMalformedBaselineSaysWhereAndWhat(text: String, expected: String) {
        #expect(Self.failures(text) == [expected])
    }

    @Test func messagesAreInSwedishToo() {
        #expect(
            Self.failures("{\"version\": 1, \"findings\": [,]}", language: .sv) == [
                "baseline.json:1:29: baslinjen är inte giltig JSON: hittade inte det innehåll som förväntades"
            ])
    }

    @Test func aFileOfManyProblemsListsTheFirstTenAndHowManyMore() {
        let entries = Array(repeating: #"{"file": "a.yaml", "rule": "x", "fingerprint": "y"}"#, count: 12)
        let failures = Self.failures(#"{"version": 1, "findings": [\#(entries.joined(separator: ", "))]}"#)
        #expect(failures.count == 11)
        #expect(failures.last == "2 more problems in the baseline baseline.json")
    }

    @Test func aMissingFileCannotBeRead() {
        #expect(throws: ToolFailures.self) { try Baseline.load("/no/such/baseline.json") }
    }
}
