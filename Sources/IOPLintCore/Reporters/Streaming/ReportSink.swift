/// Where a report is written, piece by piece.
public protocol ReportSink: AnyObject {
    /// Appends `text` to the report.
    func write(_ text: String) throws(ToolFailure)
}

/// A sink that keeps the report in memory, for ``Reporter/render(_:options:)``.
public final class StringSink: ReportSink {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) {
        self.text += text
    }
}
