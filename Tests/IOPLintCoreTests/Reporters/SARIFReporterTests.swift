import Foundation
import IOPYAML
import Testing

@testable import IOPLintCore

struct SARIFReporterTests {
    @Test
    func relativePathsArePercentEncodedAgainstTheSourceRoot() {
        let location = SARIFReporter.artifactLocation(of: "./avtal/hela människan.yaml")
        #expect(location.uri == "avtal/hela%20m%C3%A4nniskan.yaml")
        #expect(location.uriBaseId == "%SRCROOT%")
        #expect(SARIFReporter.artifactLocation(of: "a:b#c?.yaml").uri == "a%3Ab%23c%3F.yaml")
    }

    @Test
    func aNameThatIsNotUTF8IsTheURIOfTheFilesBytes() {
        #expect(SARIFReporter.artifactLocation(of: "avtal/bilaga-\\xE4.yaml").uri == "avtal/bilaga-%E4.yaml")
        #expect(SARIFReporter.artifactLocation(of: "a\\\\b.yaml").uri == "a%5Cb.yaml")
    }

    @Test
    func absolutePathsAreFileURIs() {
        let location = SARIFReporter.artifactLocation(of: "/srv/avtal/Å.yaml")
        #expect(location.uri == "file:///srv/avtal/%C3%85.yaml")
        #expect(location.uriBaseId == nil)
    }

    @Test
    func ruleNamesArePascalCase() {
        #expect(SARIFReporter.pascalCase("yaml-syntax") == "YamlSyntax")
        #expect(SARIFReporter.pascalCase("version") == "Version")
    }

    @Test
    func everyResultPointsAtItsRule() throws {
        let sarif = try sarifObject(SARIFReporter().render(ReportFixture.report, options: ReportOptions()))
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == ReportFixture.report.findings.count)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            #expect((result["locations"] as? [Any])?.count == 1)
            #expect((result["partialFingerprints"] as? [String: String])?["iopLint/v1"]?.count == 32)
        }
    }

    @Test
    func aRunWithoutFailuresIsSuccessful() throws {
        let report = LintReport(files: [], rules: [])
        let sarif = try sarifObject(SARIFReporter().render(report, options: ReportOptions()))
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == true)
        #expect(invocation["toolExecutionNotifications"] == nil)
        #expect((run["results"] as? [Any])?.isEmpty == true)
    }

    private static func range(_ startLine: Int, _ startColumn: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(
            start: SourcePosition(line: startLine, column: startColumn, offset: 0),
            end: SourcePosition(line: endLine, column: endColumn, offset: 0))
    }

    private func encoded(_ region: SARIFLog.Region) throws -> [String: Int] {
        let data = try JSONEncoder().encode(region)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Int])
    }

    @Test
    func aRangeOnOneLineIsASingleLineRegion() throws {
        #expect(
            try encoded(SARIFReporter.region(of: Self.range(4, 12, 4, 19))) == [
                "startLine": 4, "startColumn": 12, "endColumn": 19,
            ])
    }

    @Test
    func anEmptyRangeRunsToTheEndOfItsLine() throws {
        #expect(try encoded(SARIFReporter.region(of: Self.range(12, 1, 12, 1))) == ["startLine": 12, "startColumn": 1])
    }

    @Test
    func aRangeEndingAtTheStartOfALineEndsWithTheLineBefore() throws {
        #expect(try encoded(SARIFReporter.region(of: Self.range(3, 8, 4, 1))) == ["startLine": 3, "startColumn": 8])
        #expect(
            try encoded(SARIFReporter.region(of: Self.range(3, 8, 6, 1))) == [
                "startLine": 3, "startColumn": 8, "endLine": 5,
            ])
        #expect(
            try encoded(SARIFReporter.region(of: Self.range(12, 8, 13, 16))) == [
                "startLine": 12, "startColumn": 8, "endLine": 13, "endColumn": 16,
            ])
    }

    @Test
    func rulesCarryPrecisionAndProblemSeverity() throws {
        let sarif = try sarifObject(SARIFReporter().render(ReportFixture.report, options: ReportOptions()))
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let properties = Dictionary(
            uniqueKeysWithValues: rules.map { ($0["id"] as? String ?? "", $0["properties"] as? [String: Any] ?? [:]) })
        #expect(properties["format/type"]?["precision"] as? String == "very-high")
        #expect(properties["format/type"]?["problem.severity"] as? String == "error")
        #expect(properties["format/unknown-key"]?["problem.severity"] as? String == "warning")
        #expect(properties["fixture/short-title"]?["precision"] as? String == "high")
        #expect(properties["fixture/short-title"]?["problem.severity"] as? String == "recommendation")
    }

    @Test
    func gitHubsFingerprintIsIOPLintsAndSurvivesEditsElsewhere() throws {
        let text = "iop-lint: 1\nkind: partnerskap\ntitle: Ett avtal\n"
        let edited = "# Reviderad 2026\n\niop-lint: 1\nkind: partnerskap\n\ntitle: Ett avtal om\n  språkcaféer\n"
        func fingerprints(_ text: String) throws -> [String] {
            let report = Linter(rules: FormatRules.all).lint(
                [LintInput(displayPath: "a.yaml", source: .bytes(Array(text.utf8)))], jobs: 1)
            let sarif = try sarifObject(SARIFReporter().render(report, options: ReportOptions()))
            let results = try #require((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
            return try results.map { result in
                let keys = try #require(result["partialFingerprints"] as? [String: String])
                #expect(keys["primaryLocationLineHash"] == keys["iopLint/v1"])
                return try #require(keys["primaryLocationLineHash"])
            }
        }
        let before = try fingerprints(text)
        #expect(before.count == 1)
        #expect(try fingerprints(edited) == before)
    }

    private func sarifObject(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
