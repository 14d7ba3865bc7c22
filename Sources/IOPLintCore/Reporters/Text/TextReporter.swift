/// The `text` format, compiler style: per finding `path:line:col: severity: message [rule-id]`,
/// the source line and the range underlined; then a summary line, then one line per scorecard
/// of the packs' checklists (`Allmännyttans checklista: 5 av 7 punkter uppfyllda`). Tool failures
/// come first, as `iop-lint: error: …` lines.
///
/// Words are in ``ReportOptions/language``; ANSI colour only with ``ReportOptions/color``.
/// Every piece of a line comes from ``ANSIStyle``, which shows control characters escaped,
/// and every line is written through ``TerminalText/line(_:)``, so that nothing from an
/// agreement, a rule file or a file name reaches the terminal raw or starts a line with `::`.
///
/// Files are written as they finish; the summary and scorecards wait for the end, the
/// scorecards in a ``Spool``.
public struct TextReporter: StreamingReporter {
    public init() {}

    public func stream(options: ReportOptions, to sink: any ReportSink) -> any ReportStream {
        Stream(reporter: self, options: options, sink: sink)
    }

    private final class Stream: ReportStream {
        let reporter: TextReporter
        let options: ReportOptions
        let style: ANSIStyle
        let sink: any ReportSink
        var tally = ReportTally()
        var wroteLines = false
        let scorecards = Spool()

        init(reporter: TextReporter, options: ReportOptions, sink: any ReportSink) {
            (self.reporter, self.options, self.sink) = (reporter, options, sink)
            style = ANSIStyle(enabled: options.color)
        }

        func add(_ failure: ToolFailure) throws(ToolFailure) {
            tally.add(failure)
            try write([reporter.failureLine(failure, style: style, language: options.language)])
        }

        func add(_ file: FileResult) throws(ToolFailure) {
            tally.add(file)
            let source = file.hasSource ? file.source : nil
            try write(
                file.findings.filter(options.shows).flatMap {
                    reporter.block(for: $0, source: source, options: options, style: style)
                })
            for scorecard in file.scorecards {
                try scorecards.append(
                    TerminalText.line(style.plain(scorecard.line(file: file.path, in: options.language))) + "\n")
            }
        }

        func finish() throws(ToolFailure) {
            let summary = TextReporter.summary(of: tally, in: options.language, skipped: options.skippedFiles)
            try sink.write((wroteLines ? "\n" : "") + summary + "\n")
            try scorecards.drain(into: sink)
        }

        private func write(_ lines: [String]) throws(ToolFailure) {
            guard !lines.isEmpty else { return }
            wroteLines = true
            try sink.write(lines.map { TerminalText.line($0) + "\n" }.joined())
        }
    }

    /// The heading line of `finding`, then its source line and underline when there is text.
    fileprivate func block(
        for finding: Finding, source: SourceLines?, options: ReportOptions, style: ANSIStyle
    ) -> [String] {
        let start = finding.range.start
        let heading = [
            style.bold("\(finding.file):\(start.line):\(start.column):"),
            style.severity(finding.severity, finding.severity.name(in: options.language) + ":"),
            style.plain(finding.message[options.language]),
            style.dim("[\(finding.ruleID)]"),
        ].joined(separator: " ")
        if finding.isMissing {
            let line = source?.line(start.line) == nil ? nil : start.line
            return [
                heading, style.severity(finding.severity, "→ " + MissingNote.text(beforeLine: line)[options.language]),
            ]
        }
        guard let line = source?.line(start.line) else { return [heading] }
        let underlined = UnderlinedLine(line: line, range: finding.range)
        // The underline is ASCII: spaces, then `^` and `~`.
        let underline = underlined.underline.utf8
        let indent = underline.prefix { $0 == UInt8(ascii: " ") }.count
        let marks = style.severity(finding.severity, String(Substring(underline.dropFirst(indent))))
        return [heading, style.plain(underlined.source), String(repeating: " ", count: indent) + marks]
    }

    fileprivate func failureLine(_ failure: ToolFailure, style: ANSIStyle, language: Language) -> String {
        let severity = Severity.error
        return [
            style.bold("\(ToolInfo.name):"), style.severity(severity, severity.name(in: language) + ":"),
            style.plain(failure.message[language]),
        ].joined(separator: " ")
    }
}
