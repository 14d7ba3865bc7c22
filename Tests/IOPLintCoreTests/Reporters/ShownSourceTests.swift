import IOPYAML
import Testing

@testable import IOPLintCore

/// A file's bytes reach a report only as a source line of text that decoded as UTF-8, escaped
/// and cut to a sane width.
@Suite struct ShownSourceTests {
    /// What `/proc/self/environ` looks like: variables separated by NUL bytes.
    static let environ = Array("HOME=/root\0SECRET_TOKEN=hunter2\0PATH=/usr/bin\0".utf8)
    /// Not UTF-8: a Latin-1 file.
    static let latin1: [UInt8] = Array("title: ".utf8) + [0x4C, 0xE4, 0x78] + Array(" SECRET_TOKEN=hunter2\n".utf8)

    private static func outputs(of bytes: [UInt8]) -> [String] {
        let result = Linter(rules: FormatRules.all).lint(bytes: bytes, path: "env.yaml")
        let report = LintReport(files: [result], failures: [], rules: [])
        return [ReportFormat.text, .html, .json, .markdown, .sarif, .junit, .github].map {
            $0.reporter.render(report, options: ReportOptions())
        }
    }

    @Test(arguments: [environ, latin1])
    func bytesThatAreNotTextAreNeverShown(bytes: [UInt8]) {
        let result = Linter(rules: FormatRules.all).lint(bytes: bytes, path: "env.yaml")
        #expect(!result.hasSource)
        #expect(!result.findings.isEmpty)
        for output in Self.outputs(of: bytes) {
            #expect(!output.contains("hunter2"))
        }
    }

    @Test func controlsInASourceLineAreEscapedInTextAndHTML() {
        let text = "iop-lint: 1\nkind: \u{1B}[2J\u{1B}]0;pwned\u{07}\u{202E}x\u{9B}\n"
        let result = Linter(rules: FormatRules.all).lint(bytes: Array(text.utf8), path: "a.yaml")
        let report = LintReport(files: [result], failures: [], rules: [])
        let textOutput = ReportFormat.text.reporter.render(report, options: ReportOptions())
        let html = ReportFormat.html.reporter.render(report, options: ReportOptions())
        // The source lines; messages that quote the value are the reporters' own concern.
        let shownLines = (textOutput + "\n" + html).split(separator: "\n").filter {
            $0.hasPrefix("kind: ") || ($0.contains("<td class=\"code\">") && $0.contains("pwned"))
        }
        #expect(shownLines.count == 2)
        #expect(shownLines.first == "kind: \\u{1B}[2J\\u{1B}]0;pwned\\u{7}\\u{202E}x\\u{9B}")
        #expect(shownLines.last?.contains("\\u{1B}[2J\\u{1B}]0;pwned\\u{7}\\u{202E}x\\u{9B}") == true)
        for line in shownLines {
            #expect(!line.unicodeScalars.contains { ShownText.isControl($0) })
        }
    }

    @Test func aLongLineIsCutToAWindowAroundTheFinding() {
        let padding = String(repeating: "x", count: 5000)
        let text = "iop-lint: 1\nkind: \(padding)\n"
        let result = Linter(rules: FormatRules.all).lint(bytes: Array(text.utf8), path: "a.yaml")
        let report = LintReport(files: [result], failures: [], rules: [])
        let textOutput = ReportFormat.text.reporter.render(report, options: ReportOptions())
        let html = ReportFormat.html.reporter.render(report, options: ReportOptions())
        let sourceLine = textOutput.split(separator: "\n").first { $0.hasPrefix("kind: ") }
        #expect(sourceLine.map { $0.count <= ShownText.widestLine + 1 } == true)
        #expect(sourceLine?.hasSuffix("xxx…") == true)
        #expect(!html.contains(String(repeating: "x", count: ShownText.widestLine + 1)))
    }

    @Test func theWindowHoldsTheColumnAndNeverPassesTheLine() {
        #expect(ShownText.window(count: 10, showing: 5) == 1..<11)
        let window = ShownText.window(count: 1000, showing: 900)
        #expect(window.count == ShownText.widestLine)
        #expect(window.contains(900))
        #expect(ShownText.window(count: 1000, showing: 1000).upperBound == 1001)
        #expect(ShownText.window(count: 1000, showing: 3).lowerBound == 1)
    }
}
