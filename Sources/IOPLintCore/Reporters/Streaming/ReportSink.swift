import Foundation

/// Where a report is written, piece by piece.
public protocol ReportSink: AnyObject {
    /// Appends `text` to the report.
    func write(_ text: String) throws(ToolFailure)
    /// Appends `data`, UTF-8 text (what is not is repaired, as `String(decoding:)` does).
    func write(_ data: Data) throws(ToolFailure)
}

extension ReportSink {
    public func write(_ data: Data) throws(ToolFailure) {
        try write(String(decoding: data, as: UTF8.self))
    }
}

/// A sink that keeps the report in memory, for ``Reporter/render(_:options:)``.
public final class StringSink: ReportSink {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) {
        self.text += text
    }
}
