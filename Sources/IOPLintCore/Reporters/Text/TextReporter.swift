/// The `text` format, compiler style: per finding `path:line:col: severity: message [rule-id]`,
/// the source line and the range underlined; then a summary line, then one line per scorecard
/// of the packs' checklists (`Allmännyttans checklista: 5 av 7 punkter uppfyllda`). Tool failures
/// come first, as `iop-lint: error: …` lines.
///
/// Words are in ``ReportOptions/language``; ANSI colour only with ``ReportOptions/color``.
public struct TextReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport, options: ReportOptions) -> String {
        let style = ANSIStyle(enabled: options.color)
        var lines = report.failures.map { failureLine($0, style: style, language: options.language) }
        for file in report.files {
            let shown = file.findings.filter(options.shows)
            guard !shown.isEmpty else { continue }
            let source = SourceLines(file.text)
            for finding in shown {
                lines += block(for: finding, source: file.text.isEmpty ? nil : source, options: options, style: style)
            }
        }
        if !lines.isEmpty { lines.append("") }
        lines.append(Self.summary(of: report, in: options.language))
        for file in report.files {
            lines += file.scorecards.map { $0.line(file: file.path, in: options.language) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The heading line of `finding`, then its source line and underline when there is text.
    private func block(for finding: Finding, source: SourceLines?, options: ReportOptions, style: ANSIStyle) -> [String]
    {
        let start = finding.range.start
        let heading = [
            style.bold("\(finding.file):\(start.line):\(start.column):"),
            style.severity(finding.severity, finding.severity.name(in: options.language) + ":"),
            finding.message[options.language],
            style.dim("[\(finding.ruleID)]"),
        ].joined(separator: " ")
        guard let line = source?.line(start.line) else { return [heading] }
        let underlined = UnderlinedLine(line: line, range: finding.range)
        let indent = underlined.underline.prefix { $0 == " " }
        let marks = style.severity(finding.severity, String(underlined.underline.dropFirst(indent.count)))
        return [heading, underlined.source, indent + marks]
    }

    private func failureLine(_ failure: ToolFailure, style: ANSIStyle, language: Language) -> String {
        let severity = Severity.error
        return [
            style.bold("\(ToolInfo.name):"), style.severity(severity, severity.name(in: language) + ":"),
            failure.message[language],
        ].joined(separator: " ")
    }
}
