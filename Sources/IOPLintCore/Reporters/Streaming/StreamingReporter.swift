/// A reporter that writes its format as files finish, so that a run keeps no file after it is
/// written: the `text`, `json`, `jsonl` and `github` formats.
///
/// A stream gets the files in output order (sorted by path). Failures of the run come first
/// when they are known before linting, as ``Reporter/render(_:options:)`` has them; a file that
/// cannot be read is reported where it falls.
public protocol StreamingReporter: Reporter {
    /// A stream that writes to `sink`.
    func stream(options: ReportOptions, to sink: any ReportSink) -> any ReportStream
}

/// One run's report being written.
public protocol ReportStream: AnyObject {
    /// Writes what the format says of a failure of the run.
    func add(_ failure: ToolFailure) throws(ToolFailure)
    /// Writes what the format says of one file.
    func add(_ file: FileResult) throws(ToolFailure)
    /// Writes the end of the report (summaries, whatever waited for the whole run).
    func finish() throws(ToolFailure)
}

extension StreamingReporter {
    public var streaming: (any StreamingReporter)? { self }

    /// The whole report, streamed into a string: failures, then files, then the end.
    public func render(_ report: LintReport, options: ReportOptions) -> String {
        let sink = StringSink()
        let stream = stream(options: options, to: sink)
        do {
            for failure in report.failures { try stream.add(failure) }
            for file in report.files { try stream.add(file) }
            try stream.finish()
        } catch {
            // A string sink and a spool in memory do not fail; a spool on disk that cannot be read
            // back is the one way here, and it leaves what was written so far.
            return sink.text
        }
        return sink.text
    }
}
