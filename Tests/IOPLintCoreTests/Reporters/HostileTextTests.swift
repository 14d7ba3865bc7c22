import Foundation
import IOPYAML
import Testing

@testable import IOPLintCore

/// Text from agreements and file names that tries to break out of every format: a terminal
/// escape, C0 and C1 controls, bidi overrides, line breaks followed by a workflow command,
/// quotes, `%`, `:` and commas, markup, code-span fences, mentions, issue references and links.
@Suite struct HostileTextTests {
    static let file = "avtal/\u{1B}[31mröd\u{7},\"q\" 100%:x\n::error::hijack\u{202E}lmy.yaml"
    static let message =
        "titeln `\u{1B}]0;pwned\u{7}` \u{9B}31m \u{2066}dold\u{2069}\r\n::warning file=x::injected\n"
        + "  ::notice::also `` ` `` @someone #1 https://example.com www.example.com <b>x</b> ]]> &amp;"
    static let source = "title: \"\u{1B}[2J::error::x\u{202D}\"\n::set-output name=a::b\n"

    static let report: LintReport = {
        let finding = Finding(
            ruleID: RuleID("format/type")!, severity: .error, message: LocalizedText(message), file: file,
            documentIndex: 0, path: DocumentPath([.key("title")]),
            range: SourceRange(
                start: SourcePosition(line: 1, column: 8, offset: 7),
                end: SourcePosition(line: 1, column: 30, offset: 29)))
        let failure = ToolFailure(message: LocalizedText("cannot read \(file)"), file: file)
        return LintReport(
            files: [FileResult(path: file, text: source, findings: [finding])], failures: [failure], rules: [])
    }()

    static func render(_ format: ReportFormat, color: Bool = false) -> String {
        format.reporter.render(report, options: ReportOptions(language: .en, color: color))
    }

    /// Lines that GitHub's runner would read as workflow commands: `::` after blanks.
    static func commandLines(_ output: String) -> [Substring] {
        output.split(separator: "\n", omittingEmptySubsequences: false).filter {
            $0.drop(while: { $0.isWhitespace }).hasPrefix("::")
        }
    }

    @Test(arguments: [false, true])
    func textShowsNoControlCharacterOfTheAgreementRaw(color: Bool) {
        let output = Self.render(.text, color: color)
        let own = output.replacingOccurrences(of: #"\u{1B}\[[0-9;]*m"#, with: "", options: .regularExpression)
        let raw = own.unicodeScalars.filter { $0 != "\n" && TerminalText.escape($0) != nil }
        #expect(raw.isEmpty, "raw: \(raw.map { String($0.value, radix: 16) })")
        #expect(output.contains(#"avtal/\u{1B}[31mröd\u{7},"q" 100%:x\n::error::hijack\u{202E}lmy.yaml:1:8:"#))
        #expect(output.contains(#"titeln `\u{1B}]0;pwned\u{7}` \u{9B}31m \u{2066}dold\u{2069}\r\n::warning"#))
    }

    @Test(arguments: [ReportFormat.text, .markdown])
    func noLineOfOutputIsAWorkflowCommand(format: ReportFormat) {
        #expect(Self.commandLines(Self.render(format)).isEmpty)
        #expect(Self.commandLines(Self.render(format, color: true)).isEmpty)
    }

    @Test func githubWritesOneCommandPerAnnotationAndNothingElse() {
        let lines = Self.render(.github).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") })
        #expect(lines.allSatisfy { !$0.unicodeScalars.contains("\r") })
    }

    @Test func githubShowsNoControlCharacterOfTheAgreementRaw() {
        let output = Self.render(.github)
        let raw = output.unicodeScalars.filter { $0 != "\n" && TerminalText.escape($0) != nil }
        #expect(raw.isEmpty, "raw: \(raw.map { String($0.value, radix: 16) })")
        #expect(output.contains(#"titeln `\u{1B}]0;pwned\u{7}` \u{9B}31m \u{2066}dold\u{2069}%0D%0A::warning"#))
    }

    @Test func markdownMakesNoMentionReferenceOrLinkAndClosesNoCode() {
        let output = Self.render(.markdown)
        for raw in ["@someone", "#1", "https://", "www.example", "<b>", "\u{1B}"] {
            #expect(!output.contains(raw), "\(raw) is in the output raw")
        }
        #expect(output.contains("@&#8203;someone #&#8203;1 https&#8203;://example.com www&#8203;.example.com"))
        #expect(output.contains(#"`avtal/\u{1B}[31mröd\u{7},"q" 100%:x ::error::hijack\u{202E}lmy.yaml:1:8`"#))
    }

    @Test(arguments: [ReportFormat.json, .jsonl, .sarif])
    func jsonFormatsReadBackTheTextsAsGiven(format: ReportFormat) throws {
        let output = Self.render(format)
        var strings: [String] = []
        for line in format == .jsonl ? output.split(separator: "\n").map(String.init) : [output] {
            collectStrings(try JSONSerialization.jsonObject(with: Data(line.utf8)), into: &strings)
        }
        #expect(strings.contains(Self.message))
        #expect(strings.contains { $0.contains(Self.file) || $0.contains(Self.percentEncoded(Self.file)) })
    }

    @Test func htmlAndJUnitEscapeMarkup() {
        for format in [ReportFormat.html, .junit] {
            let output = Self.render(format)
            #expect(!output.contains("<b>x</b>"), "\(format)")
            #expect(!output.contains("]]> &amp;"), "\(format)")
        }
    }

    private static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? text
    }

    private func collectStrings(_ value: Any, into strings: inout [String]) {
        switch value {
        case let text as String: strings.append(text)
        case let array as [Any]: for item in array { collectStrings(item, into: &strings) }
        case let object as [String: Any]: for item in object.values { collectStrings(item, into: &strings) }
        default: break
        }
    }
}
