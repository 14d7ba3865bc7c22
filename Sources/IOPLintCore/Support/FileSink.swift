import Foundation

/// A report written as it grows: to standard output, or to a file that readers see whole or not
/// at all. A regular file is written to a temporary file beside it (as ``AtomicFile``), renamed
/// over it by ``commit()``; a temporary file never committed is removed. A device or pipe
/// (`/dev/null`, `/dev/stdout`) is written to directly.
public final class FileSink: ReportSink {
    private let handle: FileHandle
    private let path: String?
    private let temporary: String?
    private var committed = false

    /// A sink on standard output.
    public init() {
        handle = .standardOutput
        path = nil
        temporary = nil
    }

    /// A sink that writes `path`.
    public init(path: String) throws(ToolFailure) {
        self.path = path
        do {
            if AtomicFile.isSpecialFile(path) {
                temporary = nil
                handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            } else {
                (temporary, handle) = try AtomicFile.createTemporary(besideFile: path)
            }
        } catch {
            throw Self.failure(path)
        }
    }

    deinit {
        guard path != nil else { return }
        try? handle.close()
        if !committed, let temporary { unlink(temporary) }
    }

    public func write(_ text: String) throws(ToolFailure) {
        // Copied from the string's UTF-8 in place: `Data(text.utf8)` asks at run time, by a
        // cast, whether the view is contiguous.
        var text = text
        try write(text.withUTF8 { Data(buffer: $0) })
    }

    /// Appends `data` as it is; it is UTF-8 text.
    public func write(_ data: Data) throws(ToolFailure) {
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw Self.failure(path)
        }
    }

    /// Ends the report: renames the temporary file over the file.
    public func commit() throws(ToolFailure) {
        guard let path, !committed else { return }
        do {
            try handle.close()
            if let temporary, rename(temporary, path) != 0 { throw CocoaError(.fileWriteUnknown) }
            committed = true
        } catch {
            throw Self.failure(path)
        }
    }

    private static func failure(_ path: String?) -> ToolFailure {
        path.map(ToolFailure.cannotWrite) ?? .cannotWriteStandardOutput
    }
}
