/// Results kept from earlier runs, asked before a file is linted and told the result after, so
/// that a file whose content, path and profile are unchanged is not linted again. The core
/// defines what a cache is asked; a cache module keeps the results.
public protocol LintResultCache: Sendable {
    /// The result stored for `job` on a file holding `bytes`; `nil` when there is none to trust.
    func result(for job: Linter.Job, bytes: [UInt8]) -> FileResult?
    /// Keeps `result`, what linting `job` on `bytes` gave. Called from several threads at once.
    func store(_ result: FileResult, for job: Linter.Job, bytes: [UInt8])
}
