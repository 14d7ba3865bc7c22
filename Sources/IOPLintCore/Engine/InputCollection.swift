/// What ``InputCollector`` found on the command line's paths: the files to lint and what the
/// walk has to tell about the files it left out.
public struct InputCollection: Sendable {
    /// The files to lint, sorted by ``LintInput/displayPath``.
    public var inputs: [LintInput] = []
    /// Files named on the command line themselves (not found by a folder walk), as shown.
    public var named: Set<String> = []
    /// YAML files a folder walk found that are not agreements (their first key is not
    /// `iop-lint:`), sorted; they are not linted.
    public var skipped: [String] = []
    /// What the walk did not do and why (a symbolic link that points out of the folder).
    public var notices: [LocalizedText] = []
    /// Folders that could not be listed; the rest of the walk went on without them.
    public var failures: [ToolFailure] = []

    public init() {}
}
