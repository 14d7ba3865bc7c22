import Foundation
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

    private func sarifObject(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
