import Foundation

/// Renders a ``LintReport`` in one output format.
public protocol Reporter: Sendable {
    /// The whole output, ending with a newline.
    func render(_ report: LintReport, options: ReportOptions) -> String

    /// The whole output as UTF-8, for writing out: ``render(_:options:)``'s text, which a
    /// format that writes bytes gives without making (and checking) a `String` of them, or
    /// copying them.
    func renderData(_ report: LintReport, options: ReportOptions) -> Data

    /// This reporter as one that writes its format as files finish, when it is one; `nil` for
    /// a format written whole at the end. A requirement rather than a cast: a cast to a protocol
    /// looks through every conformance in the binary the first time, a seventieth of a one-file
    /// run.
    var streaming: (any StreamingReporter)? { get }
}

extension Reporter {
    public func renderData(_ report: LintReport, options: ReportOptions) -> Data {
        Data(render(report, options: options).utf8)
    }

    public var streaming: (any StreamingReporter)? { nil }
}

/// What every reporter needs to know besides the report.
public struct ReportOptions: Sendable {
    /// The language of messages and headings.
    public var language: Language
    /// Whether to colour the output with ANSI escapes (text only).
    public var color: Bool
    /// Only errors are shown (`--quiet`).
    public var quiet: Bool
    /// How many YAML files folder walks left out because they are not agreements (the text
    /// summary counts them).
    public var skippedFiles: Int
    /// The most warnings the run allows (`--max-warnings`), for formats that show whether the
    /// run passed (junit); `nil` without a limit.
    public var maxWarnings: Int?

    public init(
        language: Language = .en, color: Bool = false, quiet: Bool = false, skippedFiles: Int = 0,
        maxWarnings: Int? = nil
    ) {
        self.language = language
        self.color = color
        self.quiet = quiet
        self.skippedFiles = skippedFiles
        self.maxWarnings = maxWarnings
    }
}
