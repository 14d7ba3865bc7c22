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
            throw .cannotWrite(path)
        }
    }

    /// A new, empty temporary file beside `path` (so that the rename stays on one file system),
    /// open for writing. It is created exclusively, under a random name: a file or a symbolic
    /// link already at that name is never opened or written through, whoever put it there.
    static func createTemporary(besideFile path: String) throws -> (path: String, handle: FileHandle) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        for _ in 0..<100 {
            let name = ".\(url.lastPathComponent).\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).tmp"
            let temporary = folder.appendingPathComponent(name).path
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if descriptor >= 0 {
                return (temporary, FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
            }
            guard errno == EEXIST else { break }
        }
        throw CocoaError(.fileWriteUnknown)
    }

    private static func replace(_ path: String, with data: Data) throws {
        let (temporary, handle) = try createTemporary(besideFile: path)
        do {
            try handle.write(contentsOf: data)
            try handle.close()
            guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? handle.close()
            unlink(temporary)
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
