import Foundation

/// Text kept aside until the end of a report (scorecard lines, annotations of lower severity):
/// in memory up to ``memoryLimit`` bytes, beyond that in a temporary file that is deleted
/// once created, so that what waits does not take memory as a run grows.
final class Spool {
    /// Bytes kept in memory before the spool moves to a file.
    static let memoryLimit = 1 << 20

    private var buffer: [UInt8] = []
    private var file: FileHandle?
    /// Whether anything was appended.
    private(set) var isEmpty = true

    init() {}

    deinit {
        try? file?.close()
    }

    /// Appends `text`.
    func append(_ text: String) throws(ToolFailure) {
        isEmpty = isEmpty && text.isEmpty
        buffer += text.utf8
        if buffer.count >= Self.memoryLimit { try flush() }
    }

    /// Writes everything appended to `sink`, in order, and empties the spool.
    func drain(into sink: any ReportSink) throws(ToolFailure) {
        var carried: [UInt8] = []
        if let file {
            try flush()
            do {
                try file.seek(toOffset: 0)
                while let chunk = try file.read(upToCount: Self.memoryLimit), !chunk.isEmpty {
                    // Written out up to a line break, so that no character is cut in two.
                    carried += chunk
                    guard let cut = carried.lastIndex(of: UInt8(ascii: "\n")) else { continue }
                    try sink.write(Self.text(carried[...cut]))
                    carried.removeSubrange(...cut)
                }
                try file.truncate(atOffset: 0)
            } catch let failure as ToolFailure {
                throw failure
            } catch {
                throw Self.failure
            }
        }
        try sink.write(Self.text(carried + buffer))
        buffer = []
        isEmpty = true
    }

    /// Bytes that end at a line break (or the end) as text.
    private static func text(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Moves the buffer, up to its last line break, to the file.
    private func flush() throws(ToolFailure) {
        guard let cut = buffer.lastIndex(of: UInt8(ascii: "\n")) else { return }
        do {
            if file == nil { file = try Self.temporaryFile() }
            try file?.seekToEnd()
            try file?.write(contentsOf: buffer[...cut])
        } catch {
            throw Self.failure
        }
        buffer.removeSubrange(...cut)
    }

    private static func temporaryFile() throws -> FileHandle {
        var template = Array((NSTemporaryDirectory() + "/iop-lint-spool.XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    private static let failure = ToolFailure(
        message: LocalizedText(
            en: "cannot keep the end of the report in a temporary file",
            sv: "kan inte spara slutet av rapporten i en tillfällig fil"))
}
