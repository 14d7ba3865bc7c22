import Testing

@testable import IOPLintCore

@Suite struct ReportFormatTests {
    /// The formats that are written as files finish are the ones whose reporter says it streams,
    /// and it streams as itself.
    @Test func theStreamedFormatsAreTextJSONJSONLinesAndGitHub() {
        let streamed = ReportFormat.allCases.filter { $0.reporter.streaming != nil }
        #expect(streamed == [.text, .json, .jsonl, .github])
        #expect(ReportFormat.json.reporter.streaming is JSONReporter)
        #expect(ReportFormat.sarif.reporter.streaming == nil)
    }
}
