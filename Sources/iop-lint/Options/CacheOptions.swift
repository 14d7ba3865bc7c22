import ArgumentParser
import IOPLintCache
import IOPLintCore

/// Doing only the work that changed: a cache of results, files changed since a git revision,
/// and one shard of a run split across machines.
struct CacheOptions: ParsableArguments {
    /// The folder `--cache` uses when given no folder.
    static let defaultFolder = ".iop-lint-cache"

    @Option(
        help: ArgumentHelp(
            "Reuse results of earlier runs for files whose content, path, configuration, rule files and iop-lint version are unchanged; kept in this folder (default: \(Self.defaultFolder)).",
            valueName: "dir"))
    var cache: String?

    @Option(
        help: ArgumentHelp(
            "Lint only files that differ from this git revision (and untracked ones); every file when a configuration or rule file changed.",
            valueName: "ref"))
    var changedSince: String?

    @Option(
        help: ArgumentHelp(
            "Lint only shard K of N (1 ≤ K ≤ N): a stable split by a hash of each file's path, for a CI matrix.",
            valueName: "K/N"))
    var shard: String?

    func validate() throws {
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, such as 2/4, not '\(shard)'")
        }
    }

    /// `work` without the files that did not change since `--changed-since` (all of it without
    /// the option, or when one of `settings`, the configuration and rule files, changed).
    func changed(_ work: [Linter.Job], settings: Set<String>) throws(ToolFailures) -> [Linter.Job] {
        guard let changedSince else { return work }
        let changed: ChangedFiles
        do { changed = try ChangedFiles(since: changedSince) } catch { throw ToolFailures([error]) }
        if changed.touchesSettings(settings.sorted()) { return work }
        return work.filter { job in
            guard case .file(let path) = job.input.source else { return true }
            // ChangedFiles decodes git's paths as UTF-8, replacing what is not; so is this one.
            return changed.contains(String(decoding: path.bytes, as: UTF8.self))
        }
    }

    /// `arguments` with the default folder after a `--cache` that names none (at the end, or
    /// before another option), so that `--cache` works with or without a folder.
    static func withDefaultCacheFolder(_ arguments: [String]) -> [String] {
        var result: [String] = []
        for (index, argument) in arguments.enumerated() {
            result.append(argument)
            if argument == "--" { return result + arguments[(index + 1)...] }
            guard argument == "--cache" else { continue }
            let next = arguments.indices.contains(index + 1) ? arguments[index + 1] : nil
            if next == nil || next!.hasPrefix("-") { result.append(defaultFolder) }
        }
        return result
    }
}
