import Foundation

/// The files and folders git ignores under a folder (`.gitignore`, `.git/info/exclude`, the
/// user's global excludes), asked of git once per folder walk. Outside a git repository, or
/// without git, nothing is ignored.
struct GitIgnoredPaths {
    /// Ignored paths relative to the walked folder; folders end with `/` and stand for
    /// everything in them.
    private let paths: Set<String>

    /// The paths git ignores under `folder`, from one `git ls-files` call.
    init(folder: String) {
        paths = Self.ask(folder: folder)
    }

    /// Whether `relativePath` (relative to the walked folder; a folder with a trailing `/`) is
    /// ignored.
    func ignores(_ relativePath: String) -> Bool {
        !paths.isEmpty && paths.contains(relativePath)
    }

    private static func ask(folder: String) -> Set<String> {
        let arguments = ["-C", folder, "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory"]
        guard let git = GitCommand.run(arguments), git.succeeded else { return [] }
        let data = git.output
        // `./` says the walked folder itself is ignored: named on the command line, it is walked.
        return Set(data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }).subtracting(["./"])
    }
}
