import Foundation

/// Folders the tests make in the system's temporary folder. A test removes each folder it makes,
/// with ``remove(_:)`` in a `defer` right after ``make(_:holding:)``, so that the folder goes
/// however the test ends: passed, failed or thrown.
public enum TemporaryFolder {
    /// A new folder named `prefix-UUID` in the system's temporary folder, holding `files`
    /// (relative path → content). When a file cannot be written, the folder is removed again.
    public static func make(_ prefix: String, holding files: [String: String] = [:]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (path, content) in files {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(content.utf8).write(to: url)
            }
        } catch {
            remove(folder)
            throw error
        }
        return folder
    }

    /// Removes `folder` and everything in it; a folder that is not there is no error. Symbolic
    /// links are removed, never followed. Folders inside that a test made unreadable or
    /// unwritable are opened up first.
    public static func remove(_ folder: URL) {
        if (try? FileManager.default.removeItem(at: folder)) != nil { return }
        openUp(folder.path)
        try? FileManager.default.removeItem(at: folder)
    }

    /// Gives the owner every permission on `path` and on the folders under it, if it is a folder.
    private static func openUp(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return }
        chmod(path, 0o700)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            openUp(path + "/" + name)
        }
    }
}
