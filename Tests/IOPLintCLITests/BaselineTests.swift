import Foundation
import TestSupport
import Testing

/// `--write-baseline`, `--baseline` and `--max-warnings`, against the built binary: every exit
/// code of each.
@Suite struct BaselineTests {
    /// An old draft: a kind outside the list (written over two lines), and two unknown keys.
    static let draft = """
        iop-lint: 1
        kind: kommunalt
          partnerskapet
        titel: Läxhjälp
        parties:
          - id: foreningen
            name: Föreningen Läxhjälp
            role: ideell

        """

    /// A folder holding `draft` as `a.yaml` and its baseline `baseline.json`, for the caller to
    /// remove.
    private static func baselinedFolder(_ files: [String: String] = [:]) throws -> URL {
        let folder = try CLIRunner.folder(["a.yaml": draft].merging(files) { $1 })
        do {
            let written = try CLIRunner.run(["--write-baseline", "baseline.json", "--quiet"], in: folder)
            #expect(written.status == 0)
        } catch {
            TemporaryFolder.remove(folder)
            throw error
        }
        return folder
    }

    private static func write(_ text: String, to path: String, in folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(path))
    }

    private static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// `file:line:col rule` of every finding of a JSON report.
    private static func spots(_ outcome: CLIRunner.Outcome) throws -> [String] {
        let findings = try #require(try json(outcome.stdout)["findings"] as? [[String: Any]])
        return findings.map { finding in
            let start = (finding["range"] as? [String: Any])?["start"] as? [String: Any]
            let position = "\(start?["line"] as? Int ?? 0):\(start?["column"] as? Int ?? 0)"
            return "\(finding["file"] as? String ?? ""):\(position) \(finding["rule"] as? String ?? "")"
        }
    }

    // MARK: --write-baseline

    @Test func writeBaselineRecordsEveryFindingAndExitsZero() throws {
        let folder = try CLIRunner.folder(["a.yaml": Self.draft])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "--write-baseline", "baseline.json"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasSuffix("No problems in 1 file (3 baselined)\n"))
        #expect(outcome.stderr == "iop-lint: wrote baseline.json: 3 findings in 1 file\n")
        let text = try String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8)
        let baseline = try Self.json(text)
        #expect(baseline["version"] as? Int == 1)
        #expect((baseline["tool"] as? [String: String])?["name"] == "iop-lint")
        let findings = try #require(baseline["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["format/type", "format/unknown-key", "format/unknown-key"])
        #expect(findings.map { $0["line"] as? Int } == [2, 8, 4], "by file, rule and fingerprint, not by line")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func writeBaselineRecordsTheSameFingerprintsAsTheReports() throws {
        let folder = try Self.baselinedFolder()
        defer { TemporaryFolder.remove(folder) }
        let report = try Self.json(try CLIRunner.run(["a.yaml", "--format", "json"], in: folder).stdout)
        let reported = (report["findings"] as? [[String: Any]] ?? []).compactMap { $0["fingerprint"] as? String }
        let text = try String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8)
        let recorded = (try Self.json(text)["findings"] as? [[String: Any]] ?? []).compactMap {
            $0["fingerprint"] as? String
        }
        #expect(reported.count == 3)
        #expect(Set(reported) == Set(recorded))
    }

    @Test func writeBaselineOfAFailedRunExitsTwoAndWritesNothing() throws {
        let folder = try CLIRunner.folder(["a.yaml": Self.draft])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "missing.yaml", "--write-baseline", "baseline.json"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("missing.yaml"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("baseline.json").path))
    }

    @Test func writeBaselineIntoAMissingFolderExitsTwo() throws {
        let folder = try CLIRunner.folder(["a.yaml": Self.draft])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "--write-baseline", "no/such/baseline.json"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("cannot write no/such/baseline.json"))
    }

    @Test func writeBaselineOverAFileThatIsNoBaselineExitsTwoAndLeavesIt() throws {
        let folder = try CLIRunner.folder(["a.yaml": Self.draft, "report.json": "{\"counts\": {}}\n"])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "--write-baseline", "report.json"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("report.json:1:1: this is a report, not a baseline"))
        let text = try String(contentsOf: folder.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(text == "{\"counts\": {}}\n")
    }

    @Test func writingSomeFilesKeepsTheEntriesOfTheOthers() throws {
        let folder = try Self.baselinedFolder(["b.yaml": "iop-lint: 1\ntitel: B\n"])
        defer { TemporaryFolder.remove(folder) }
        try Self.write("iop-lint: 1\ntitel: B\nsammanfattning: ny\n", to: "b.yaml", in: folder)
        #expect(try CLIRunner.run(["b.yaml", "--write-baseline", "baseline.json"], in: folder).status == 0)
        let outcome = try CLIRunner.run(["--baseline", "baseline.json"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasSuffix("No problems in 2 files (5 baselined)\n"))
    }

    @Test func baselineAndWriteBaselineTogetherShowWhatIsNewlyRecorded() throws {
        let folder = try Self.baselinedFolder()
        defer { TemporaryFolder.remove(folder) }
        try Self.write(Self.draft + "sammanfattning: ny\n", to: "a.yaml", in: folder)
        let outcome = try CLIRunner.run(
            ["--baseline", "baseline.json", "--write-baseline", "baseline.json", "--format", "json"], in: folder)
        #expect(outcome.status == 0)
        #expect(try Self.spots(outcome) == ["a.yaml:9:1 format/unknown-key"])
        let after = try CLIRunner.run(["--baseline", "baseline.json"], in: folder)
        #expect(after.status == 0)
        #expect(after.stdout.hasSuffix("No problems in 1 file (4 baselined)\n"))
    }

    // MARK: --baseline

    @Test func nothingNewExitsZeroAndSaysHowManyWereBaselined() throws {
        let folder = try Self.baselinedFolder()
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "--baseline", "baseline.json"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "No problems in 1 file (3 baselined)\n")
        let swedish = try CLIRunner.run(["a.yaml", "--baseline", "baseline.json", "--lang", "sv"], in: folder)
        #expect(swedish.stdout == "Inga problem i 1 fil (3 i baslinjen)\n")
    }

    /// An edit of the baselined draft, and what the next run finds new.
    struct Edit: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var new: [String]
        var summary: String
        var testDescription: String { name }
    }

    static let edits = [
        Edit(
            name: "lines added above", text: "# Utkast från 2019, se protokollet.\n\n" + draft, new: [],
            summary: "No problems in 1 file (3 baselined)"),
        Edit(
            name: "the flagged value rewrapped and the parties reindented",
            text: draft.replacingOccurrences(of: "kommunalt\n  partnerskapet", with: "kommunalt partnerskapet")
                .replacingOccurrences(of: "\n  - id:", with: "\n    -   id:")
                .replacingOccurrences(of: "\n    name:", with: "\n        name:")
                .replacingOccurrences(of: "\n    role:", with: "\n        role:"),
            new: [], summary: "No problems in 1 file (3 baselined)"),
        Edit(
            name: "the flagged text changed",
            text: draft.replacingOccurrences(of: "partnerskapet", with: "partnerskap"), new: ["a.yaml:2:7 format/type"],
            summary: "1 error in 1 file (2 baselined; 1 baseline entry matches nothing)"),
        Edit(
            name: "a finding added", text: draft + "sammanfattning: Läxhjälp för alla\n",
            new: ["a.yaml:9:1 format/unknown-key"], summary: "1 warning in 1 file (3 baselined)"),
        Edit(
            name: "a finding fixed", text: draft.replacingOccurrences(of: "titel:", with: "title:"), new: [],
            summary: "No problems in 1 file (2 baselined; 1 baseline entry matches nothing)"),
    ]

    @Test(arguments: edits)
    func anEditedDraftReportsOnlyWhatIsNew(edit: Edit) throws {
        let folder = try Self.baselinedFolder()
        defer { TemporaryFolder.remove(folder) }
        try Self.write(edit.text, to: "a.yaml", in: folder)
        let json = try CLIRunner.run(["a.yaml", "--baseline", "baseline.json", "--format", "json"], in: folder)
        #expect(try Self.spots(json) == edit.new)
        let text = try CLIRunner.run(["a.yaml", "--baseline", "baseline.json"], in: folder)
        #expect(text.stdout.hasSuffix(edit.summary + "\n"))
        #expect(text.status == (edit.new.contains { $0.hasSuffix("format/type") } ? 1 : 0))
    }

    @Test func aNewFindingKeepsItsFingerprintAndIsTheOnlySARIFResult() throws {
        let folder = try Self.baselinedFolder()
        defer { TemporaryFolder.remove(folder) }
        try Self.write(Self.draft + "sammanfattning: ny\n", to: "a.yaml", in: folder)
        let unfiltered = try Self.json(try CLIRunner.run(["a.yaml", "--format", "json"], in: folder).stdout)
        let expected = (unfiltered["findings"] as? [[String: Any]])?.last?["fingerprint"] as? String
        let sarif = try Self.json(
            try CLIRunner.run(["a.yaml", "--baseline", "baseline.json", "--format", "sarif"], in: folder).stdout)
        let results = try #require((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.count == 1)
        #expect((results.first?["partialFingerprints"] as? [String: String])?["iopLint/v1"] == expected)
    }

    @Test func aBaselineOfOtherFilesChangesNothing() throws {
        let folder = try Self.baselinedFolder(["b.yaml": Fixtures.errorAndWarning])
        defer { TemporaryFolder.remove(folder) }
        try Self.write(Fixtures.errorAndWarning + "sammanfattning: ny\n", to: "b.yaml", in: folder)
        let outcome = try CLIRunner.run(["a.yaml", "--baseline", "baseline.json"], in: folder)
        #expect(
            outcome.status == 0, "entries of b.yaml neither match nor count as unmatched when only a.yaml is linted")
        #expect(outcome.stdout == "No problems in 1 file (3 baselined)\n")
    }

    @Test func aMissingBaselineExitsTwo() throws {
        let folder = try CLIRunner.folder(["a.yaml": Self.draft])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "--baseline", "baseline.json"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "iop-lint: error: cannot read the baseline baseline.json\n")
        #expect(outcome.stdout.isEmpty)
    }

    @Test func aMalformedBaselineExitsTwoWithLineAndColumn() throws {
        let folder = try CLIRunner.folder([
            "a.yaml": Self.draft,
            "baseline.json":
                "{\n  \"version\": 1,\n  \"findings\": [\n    {\"file\": \"a.yaml\" \"rule\": \"format/type\"}\n  ]\n}\n",
        ])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "--baseline", "baseline.json"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.hasPrefix("iop-lint: error: baseline.json:4:23: the baseline is not valid JSON:"))
        #expect(outcome.stdout.isEmpty)
    }

    @Test func aBaselineWithAWrongValueExitsTwoNamingIt() throws {
        let folder = try CLIRunner.folder([
            "a.yaml": Self.draft,
            "baseline.json":
                #"{"version": 1, "findings": [{"file": "a.yaml", "rule": "format/type", "fingerprint": 7}]}"#,
        ])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "--baseline", "baseline.json"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("baseline.json:1:"))
        #expect(outcome.stderr.contains("`findings[0].fingerprint` must be 32 lowercase hexadecimal digits"))
    }

    @Test func theDocumentedBaselineIsWhatIOPLintWrites() throws {
        let guide = try String(
            contentsOf: CLIRunner.packageRoot.appendingPathComponent("docs/baseline.md"), encoding: .utf8)
        let blocks = WritingRulesGuideTests.blocks(of: guide)
        let agreement = try #require(blocks.first { $0.info == "yaml" }).text
        let documented = try #require(blocks.first { $0.info == "json" }).text
        let folder = try CLIRunner.folder(["avtal/läxhjälp.yaml": agreement])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["--write-baseline", ".iop-lint-baseline.json", "avtal/"], in: folder)
        #expect(outcome.status == 0)
        let written = try String(contentsOf: folder.appendingPathComponent(".iop-lint-baseline.json"), encoding: .utf8)
        // The tool's version changes with each release; the doc shows one of them.
        let toolVersion = /\n    "version" : "[^"]*"/
        #expect(written.replacing(toolVersion, with: "") == documented.replacing(toolVersion, with: ""))
    }

    // MARK: --max-warnings

    @Test(arguments: [(2, Int32(0)), (1, 1), (0, 1)])
    func moreWarningsThanMaxWarningsExitOneEvenWhenFailingOnErrorsOnly(limit: Int, expected: Int32) throws {
        let folder = try CLIRunner.folder(["w.yaml": "iop-lint: 1\ntitel: x\nsammanfattning: y\n"])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["w.yaml", "--fail-on", "error", "--max-warnings", "\(limit)"], in: folder)
        #expect(outcome.status == expected)
        #expect(
            outcome.stderr == (expected == 1 ? "iop-lint: 2 warnings, more than --max-warnings \(limit) allows\n" : ""))
    }

    @Test func maxWarningsAppliesEvenWithFailOnNever() throws {
        let folder = try CLIRunner.folder(["w.yaml": Fixtures.warningOnly])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(
            ["w.yaml", "--fail-on", "never", "--max-warnings", "0", "--lang", "sv"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "iop-lint: 1 varning, fler än --max-warnings 0 tillåter\n")
    }

    @Test func junitFailsTheRunItsWarningLimitFails() throws {
        let folder = try CLIRunner.folder(["w.yaml": Fixtures.warningOnly])
        defer { TemporaryFolder.remove(folder) }
        let over = try CLIRunner.run(["w.yaml", "--format", "junit", "--max-warnings", "0"], in: folder)
        #expect(over.status == 1)
        #expect(over.stdout.contains(#"<testsuites name="iop-lint" tests="11" failures="1" errors="0">"#))
        #expect(over.stdout.contains(#"<testcase classname="iop-lint" name="--max-warnings">"#))
        let within = try CLIRunner.run(["w.yaml", "--format", "junit", "--max-warnings", "1"], in: folder)
        #expect(within.status == 0)
        #expect(!within.stdout.contains("--max-warnings"))
        #expect(within.stdout.contains(#"failures="0""#))
    }

    @Test func maxWarningsCountsOnlyWarningsTheBaselineDoesNotRecord() throws {
        let folder = try Self.baselinedFolder()
        defer { TemporaryFolder.remove(folder) }
        #expect(
            try CLIRunner.run(["a.yaml", "--baseline", "baseline.json", "--max-warnings", "0"], in: folder).status == 0)
        try Self.write(Self.draft + "sammanfattning: ny\n", to: "a.yaml", in: folder)
        let outcome = try CLIRunner.run(["a.yaml", "--baseline", "baseline.json", "--max-warnings", "0"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "iop-lint: 1 warning, more than --max-warnings 0 allows\n")
    }

    @Test func errorsStillFailWithinTheWarningLimit() throws {
        let folder = try CLIRunner.folder(["e.yaml": Fixtures.errorAndWarning])
        defer { TemporaryFolder.remove(folder) }
        #expect(try CLIRunner.run(["e.yaml", "--max-warnings", "5"], in: folder).status == 1)
    }

    @Test func writeBaselineExitsZeroWhateverTheWarningLimit() throws {
        let folder = try CLIRunner.folder(["a.yaml": Self.draft])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "--write-baseline", "b.json", "--max-warnings", "0"], in: folder)
        #expect(outcome.status == 0)
    }

    @Test(arguments: [["--max-warnings", "-1"], ["--max-warnings", "many"]])
    func aBadWarningLimitExitsTwo(arguments: [String]) throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.clean])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml"] + arguments, in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("max-warnings"))
    }
}
