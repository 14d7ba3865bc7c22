import Foundation
import IOPLintCore

/// The files that differ from a git revision (`--changed-since REF`): changed, added or removed
/// since REF in the working tree, plus files git does not track yet (and does not ignore).
public struct ChangedFiles: Sendable {
    /// Changed paths, relative to the repository's root.
    public let paths: Set<String>
    /// The current folder relative to the repository's root (`""` or ending with `/`).
    private let prefix: String
    /// The repository's root, as git spells it.
    private let root: String

    /// Asks git in the current folder. Throws when git cannot answer (no repository, an unknown
    /// revision, no git).
    public init(since revision: String) throws(ToolFailure) {
        let location = try Self.git(["rev-parse", "--show-toplevel", "--show-prefix"], revision: revision)
        let lines = location.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        root = lines.first ?? ""
        prefix = lines.count > 1 ? lines[1] : ""
        let changed = try Self.git(["diff", "--name-only", "--no-renames", "-z", revision, "--"], revision: revision)
        let untracked = try Self.git(
            ["ls-files", "--others", "--exclude-standard", "--full-name", "-z"], revision: revision)
        paths = Set(
            (changed.split(separator: 0) + untracked.split(separator: 0)).map { String(decoding: $0, as: UTF8.self) })
    }

    /// Whether the file at `path` (relative to the current folder, or absolute) changed.
    public func contains(_ path: String) -> Bool {
        guard let relative = repositoryPath(path) else { return false }
        return paths.contains(relative)
    }

    /// Whether a configuration file (`.iop-lint.yml` anywhere) or one of `files` changed: then
    /// every file's findings may have changed.
    public func touchesSettings(_ files: [String]) -> Bool {
        if paths.contains(where: { $0 == ConfigLoader.fileName || $0.hasSuffix("/" + ConfigLoader.fileName) }) {
            return true
        }
        return files.contains(where: contains)
    }

    /// `path` relative to the repository's root, spelled as git spells it; `nil` outside it.
    func repositoryPath(_ path: String) -> String? {
        if path.hasPrefix("/") {
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            let rootSlash = root.hasSuffix("/") ? root : root + "/"
            guard resolved.hasPrefix(rootSlash) else { return nil }
            return String(resolved.dropFirst(rootSlash.count))
        }
        var parts = prefix.split(separator: "/").map(String.init)
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    private static func git(_ arguments: [String], revision: String) throws(ToolFailure) -> Data {
        guard let git = GitCommand.run(arguments) else { throw failure(revision, detail: "git could not be started") }
        guard git.succeeded else { throw failure(revision, detail: git.firstErrorLine ?? "git failed") }
        return git.output
    }

    private static func failure(_ revision: String, detail: String) -> ToolFailure {
        ToolFailure(
            message: LocalizedText(
                en: "--changed-since \(revision): cannot ask git what changed (\(detail))",
                sv: "--changed-since \(revision): kan inte fråga git vad som ändrats (\(detail))"))
    }
}
