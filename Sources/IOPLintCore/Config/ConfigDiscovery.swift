import Foundation

/// Finds the configuration of a linted file: the nearest `.iop-lint.yml` walking up from the
/// file's folder, stopping at the repository root (a folder holding `.git`).
public struct ConfigDiscovery: Sendable {
    public init() {}

    /// The nearest configuration file for `path`, or `nil` when there is none. Relative to the
    /// working folder when inside it (as messages show it), else absolute.
    public func configuration(for path: String) -> String? {
        var folder = ConfigPaths.folder(of: path)
        while true {
            let candidate = folder == "/" ? "/" + ConfigLoader.fileName : folder + "/" + ConfigLoader.fileName
            if FileManager.default.fileExists(atPath: candidate) {
                return ConfigPaths.relative(candidate, to: FileManager.default.currentDirectoryPath) ?? candidate
            }
            let isRepositoryRoot = FileManager.default.fileExists(atPath: folder + "/.git")
            if isRepositoryRoot || folder == "/" { return nil }
            folder = ConfigPaths.folder(of: folder)
        }
    }
}
