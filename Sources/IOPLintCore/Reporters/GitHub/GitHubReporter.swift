/// The `github` format: GitHub Actions workflow commands, which the runner turns into
/// annotations on the run and on the lines of a pull request's diff.
///
/// One command per line: first the tool failures (`::error title=iop-lint::…`, with `file`,
/// `line` and `col` where known), then one per finding in output order,
/// `::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE-ID::MESSAGE`, with
/// `warning` for warnings and `notice` for info. Lines and columns are 1-based, columns in
/// Unicode scalars, `endColumn` just past the range (as SARIF's). A range over several lines
/// has no `col` and `endColumn`: the runner drops both when `line` and `endLine` differ.
/// Values are escaped as ``WorkflowCommand`` says.
///
/// Nothing else is written: no summary line, which GitHub would show as one more annotation
/// (the `markdown` format is for `$GITHUB_STEP_SUMMARY`). A run with nothing to annotate
/// writes nothing. Paths are as the report shows them: GitHub resolves relative ones against
/// the repository root, so run iop-lint from there. With ``ReportOptions/quiet`` only errors
/// are written.
public struct GitHubReporter: Reporter {
    /// The `title` of tool failures.
    static let failureTitle = ToolInfo.name

    public init() {}

    public func render(_ report: LintReport, options: ReportOptions) -> String {
        let failures = report.failures.map { Self.command(for: $0, in: options.language) }
        let findings = report.findings.filter(options.shows).map { Self.command(for: $0, in: options.language) }
        return (failures + findings).map { $0.line + "\n" }.joined()
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
