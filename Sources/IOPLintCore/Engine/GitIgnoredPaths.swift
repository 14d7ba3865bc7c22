import Foundation

/// The files and folders git ignores under a folder (`.gitignore`, `.git/info/exclude`, the
/// user's global excludes), asked of git once per folder walk. Outside a git repository, or
/// without git, nothing is ignored.
struct GitIgnoredPaths {
    /// Ignored paths relative to the walked folder, as git lists them (bytes, which need not be
    /// UTF-8); folders end with `/` and stand for everything in them.
    private let paths: Set<[UInt8]>

    /// The paths git ignores under `folder`, from one `git ls-files` call; none when git could
    /// not find a repository there (it is then not started), or when the folder's own path is
    /// not UTF-8 (git's arguments are strings).
    init(folder: RawPath) {
        paths = Self.mayBeInRepository(folder) ? folder.string.map(Self.ask(folder:)) ?? [] : []
    }

    /// Whether `relativePath` (relative to the walked folder; a folder with a trailing `/`) is
    /// ignored.
    func ignores(_ relativePath: [UInt8]) -> Bool {
        !paths.isEmpty && paths.contains(relativePath)
    }

    private static func ask(folder: String) -> Set<[UInt8]> {
        let arguments = ["-C", folder, "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory"]
        guard let git = GitCommand.run(arguments), git.succeeded else { return [] }
        let data = git.output
        // `./` says the walked folder itself is ignored: named on the command line, it is walked.
        return Set(data.split(separator: 0).map { Array($0) }).subtracting([Array("./".utf8)])
    }

    /// Whether git could find a repository for `folder`: a `.git` (a folder, or a file that
    /// points to one) in the folder or in one above it (after symbolic links), or `GIT_DIR` set.
    /// Where there is none, `git ls-files` can only fail, and starting it would cost the walk
    /// a few milliseconds for nothing.
    static func mayBeInRepository(_ folder: RawPath) -> Bool {
        if getenv("GIT_DIR") != nil { return true }
        guard var directory = folder.resolved?.bytes, directory.first == UInt8(ascii: "/") else { return true }
        let slash = UInt8(ascii: "/")
        while true {
            if RawPath(bytes: directory).appending(RawPath(".git")).fileType(followingLinks: false) != nil {
                return true
            }
            guard directory.count > 1, let last = directory.lastIndex(of: slash) else { return false }
            directory = last == 0 ? [slash] : Array(directory[..<last])
        }
    }
}
