/// The `github` format: GitHub Actions workflow commands, which the runner turns into
/// annotations on the run and on the lines of a pull request's diff.
///
/// One command per line: first the tool failures (`::error title=iop-lint::…`, with `file`,
/// `line` and `col` where known) and the errors, then the warnings, then the notices, each
/// kind in output order, one command per finding,
/// `::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE-ID::MESSAGE`, with
/// `warning` for warnings and `notice` for info. Lines and columns are 1-based, columns in
/// Unicode scalars, `endColumn` just past the range (as SARIF's). A range over several lines
/// has no `col` and `endColumn`: the runner drops both when `line` and `endLine` differ.
/// Values are escaped as ``WorkflowCommand`` says.
///
/// GitHub shows at most 10 annotations of each kind per step (and 50 per job; actions/toolkit,
/// docs/problem-matchers.md, "Limitations"), in the order they are written: errors first, so
/// that warnings never push an error out. When a kind has more than 10, one notice before the
/// warnings says how many there are and points at the job summary (the `markdown` format in
/// `$GITHUB_STEP_SUMMARY`). Nothing else is written: no summary line. A run with nothing to
/// annotate writes nothing.
///
/// Errors are written as files finish; warnings and notices wait in a ``Spool`` till the end. Paths are as the report shows them: GitHub resolves relative ones against
/// the repository root, so run iop-lint from there. With ``ReportOptions/quiet`` only errors
/// are written.
public struct GitHubReporter: StreamingReporter {
    /// The `title` of tool failures.
    static let failureTitle = ToolInfo.name
    /// Annotations of one kind GitHub shows per step.
    public static let annotationsShownPerKind = 10

    public init() {}

    public func stream(options: ReportOptions, to sink: any ReportSink) -> any ReportStream {
        Stream(options: options, sink: sink)
    }

    private final class Stream: ReportStream {
        let options: ReportOptions
        let sink: any ReportSink
        var counts: [Severity: Int] = [:]
        let warnings = Spool()
        let notices = Spool()

        init(options: ReportOptions, sink: any ReportSink) {
            (self.options, self.sink) = (options, sink)
        }

        func add(_ failure: ToolFailure) throws(ToolFailure) {
            counts[.error, default: 0] += 1
            try sink.write(GitHubReporter.command(for: failure, in: options.language).line + "\n")
        }

        func add(_ file: FileResult) throws(ToolFailure) {
            var errors = ""
            for finding in file.findings where options.shows(finding) {
                counts[finding.severity, default: 0] += 1
                let line = GitHubReporter.command(for: finding, in: options.language).line + "\n"
                switch finding.severity {
                case .error: errors += line
                case .warning: try warnings.append(line)
                case .info: try notices.append(line)
                }
            }
            if !errors.isEmpty { try sink.write(errors) }
        }

        func finish() throws(ToolFailure) {
            if let notice = GitHubReporter.overflowNotice(counts, in: options.language) {
                try sink.write(notice.line + "\n")
            }
            try warnings.drain(into: sink)
            try notices.drain(into: sink)
        }
    }

    /// The notice written when some kind has more annotations than GitHub shows, else `nil`.
    static func overflowNotice(_ counts: [Severity: Int], in language: Language) -> WorkflowCommand? {
        let limit = annotationsShownPerKind
        guard counts.values.contains(where: { $0 > limit }) else { return nil }
        let (errors, warnings, notices) = (counts[.error] ?? 0, counts[.warning] ?? 0, counts[.info] ?? 0)
        let text = LocalizedText(
            en: "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings") "
                + "and \(notices) \(notices == 1 ? "notice" : "notices"): GitHub shows \(limit) annotations of each "
                + "kind per step, so some are not shown here. The job summary lists them all "
                + "(iop-lint --format markdown >> \"$GITHUB_STEP_SUMMARY\").",
            sv: "\(errors) fel, \(warnings) \(warnings == 1 ? "varning" : "varningar") och \(notices) "
                + "\(notices == 1 ? "notis" : "notiser"): GitHub visar \(limit) anteckningar av varje slag per steg, "
                + "så alla syns inte här. Jobbets sammanfattning listar alla "
                + "(iop-lint --format markdown >> \"$GITHUB_STEP_SUMMARY\").")
        return WorkflowCommand(
            name: name(of: .info), properties: [WorkflowCommand.Property("title", failureTitle)], data: text[language])
    }

    static func command(for finding: Finding, in language: Language) -> WorkflowCommand {
        typealias Property = WorkflowCommand.Property
        let (start, end) = (finding.range.start, finding.range.end)
        let sameLine = start.line == end.line
        let properties = [
            [Property("file", finding.file), Property("line", "\(start.line)")],
            sameLine ? [Property("col", "\(start.column)")] : [],
            [Property("endLine", "\(end.line)")],
            sameLine ? [Property("endColumn", "\(end.column)")] : [],
            [Property("title", finding.ruleID.description)],
        ]
        return WorkflowCommand(
            name: name(of: finding.severity), properties: properties.flatMap { $0 }, data: finding.message[language])
    }

    static func command(for failure: ToolFailure, in language: Language) -> WorkflowCommand {
        typealias Property = WorkflowCommand.Property
        var properties: [Property] = []
        if let file = failure.file {
            properties.append(Property("file", file))
            if let position = failure.position {
                properties += [Property("line", "\(position.line)"), Property("col", "\(position.column)")]
            }
        }
        properties.append(Property("title", failureTitle))
        return WorkflowCommand(name: name(of: .error), properties: properties, data: failure.message[language])
    }

    /// The command of `severity`: `error`, `warning`, or `notice` for info.
    static func name(of severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }
}
