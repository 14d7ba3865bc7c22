/// An output format of `--format`, and the reporter that writes it: the one place where a
/// format name is mapped to a reporter.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// Compiler-style lines with the source underlined, for people.
    case text
    /// iop-lint's own JSON (docs/json-format.md).
    case json
    /// The same as JSON Lines, one object per line, written as files finish.
    case jsonl
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    case sarif
    /// GitHub Actions workflow commands, which become annotations of the run.
    case github
    /// JUnit XML, one test case per file and rule, for GitLab, Jenkins and other CI servers.
    case junit
    /// A summary with tables, for `$GITHUB_STEP_SUMMARY` or a pull-request comment.
    case markdown
    /// One self-contained web page, with scorecards and the findings beside the source.
    case html

    /// Whether the format shows source lines: the lines around findings that a
    /// ``FileResult`` keeps (``FileResult/source``). A run whose format shows none need not
    /// keep them (``Linter/keepsSource``).
    public var showsSource: Bool {
        switch self {
        case .text, .html: true
        case .json, .jsonl, .sarif, .github, .junit, .markdown: false
        }
    }

    /// The reporter that writes this format.
    public var reporter: any Reporter {
        switch self {
        case .text: TextReporter()
        case .json: JSONReporter()
        case .jsonl: JSONLinesReporter()
        case .sarif: SARIFReporter()
        case .github: GitHubReporter()
        case .junit: JUnitReporter()
        case .markdown: MarkdownReporter()
        case .html: HTMLReporter()
        }
    }
}
