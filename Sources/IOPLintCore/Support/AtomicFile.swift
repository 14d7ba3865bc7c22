import Foundation

/// Writes files so that readers see the old content or the new, never half of it.
public enum AtomicFile {
    /// Writes `text` to a temporary file beside `path`, then renames it over `path`. A path that
    /// is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe) is written to directly:
    /// renaming over it would replace the device with a file.
    public static func write(_ text: String, to path: String) throws(ToolFailure) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` as ``write(_:to:)-(String,_)`` writes text.
    public static func write(_ data: Data, to path: String) throws(ToolFailure) {
        do {
            if isSpecialFile(path) {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                defer { try? handle.close() }
                try handle.write(contentsOf: data)
                return
            }
            try replace(path, with: data)
        } catch {
            throw ToolFailure(
                message: LocalizedText(en: "cannot write \(path)", sv: "kan inte skriva \(path)"), file: path)
        }
    }

    /// The temporary file `path` is written to before the rename: beside it, so that the rename
    /// stays on one file system, and named after the process, so that runs do not collide.
    static func temporaryPath(for path: String) -> URL {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    }

    private static func replace(_ path: String, with data: Data) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = temporaryPath(for: path)
        do {
            try data.write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Whether `path` exists and is something other than a regular file or a folder.
    static func isSpecialFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind != S_IFREG && kind != S_IFDIR
    }
}
