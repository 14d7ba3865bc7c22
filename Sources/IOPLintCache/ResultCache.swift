import Foundation
import IOPLintCore
import Synchronization

/// Results of earlier runs, in a folder (`--cache`, by default `.iop-lint-cache/`), one JSON file
/// per entry, keyed by a SHA-256 of the file's content, its path and its profile's
/// ``ProfileKey``: the file's content, not its modification time, so that the cache survives a
/// fresh checkout.
///
/// Nothing in the folder is trusted: an entry that cannot be read, does not decode or was stored
/// under another key is linted again (and counted in ``notes()``); a folder that is not an
/// iop-lint cache of this layout is not used at all. Entries are written to a temporary file and
/// renamed (``AtomicFile``), so that runs sharing the folder never see half an entry.
public final class ResultCache: LintResultCache {
    /// The marker file that says a folder is a cache of this layout.
    static let markerName = "iop-lint-cache.json"
    static let marker = #"{"format":"iop-lint-cache","version":1}"# + "\n"

    public let directory: String
    /// Whether the folder may be used (it is a cache of this layout, or was made one).
    public let isUsable: Bool
    private let refusal: LocalizedText?
    private let counts = Mutex(Counts())

    private struct Counts {
        var hits = 0
        var misses = 0
        var untrusted = 0
        var unwritable = 0
    }

    /// Opens the cache in `directory`, making the folder when it does not exist.
    public init(directory: String) {
        self.directory = directory
        let markerPath = (directory as NSString).appendingPathComponent(Self.markerName)
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if !files.fileExists(atPath: directory, isDirectory: &isDirectory) {
            let made = (try? files.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil
            isUsable = made && (try? AtomicFile.write(Self.marker, to: markerPath)) != nil
            refusal = isUsable ? nil : Self.unwritableNote(directory)
        } else if !isDirectory.boolValue {
            (isUsable, refusal) = (false, Self.foreignNote(directory))
        } else if let marker = files.contents(atPath: markerPath) {
            let matches = String(decoding: marker, as: UTF8.self) == Self.marker
            (isUsable, refusal) = (matches, matches ? nil : Self.foreignNote(directory))
        } else if (try? files.contentsOfDirectory(atPath: directory))?.allSatisfy({ $0.hasPrefix(".") }) == true {
            // Empty, or only the temporary marker of a run starting beside this one.
            isUsable = (try? AtomicFile.write(Self.marker, to: markerPath)) != nil
            refusal = isUsable ? nil : Self.unwritableNote(directory)
        } else {
            (isUsable, refusal) = (false, Self.foreignNote(directory))
        }
    }

    public func result(for job: Linter.Job, bytes: [UInt8]) -> FileResult? {
        guard isUsable else { return nil }
        let key = Self.key(for: job, bytes: bytes)
        let path = entryPath(key)
        guard let data = FileManager.default.contents(atPath: path) else {
            counts.withLock { $0.misses += 1 }
            return nil
        }
        guard let entry = try? JSONDecoder().decode(CachedResult.self, from: data),
            let result = entry.result(key: key, path: job.input.displayPath)
        else {
            counts.withLock { $0.untrusted += 1 }
            return nil
        }
        counts.withLock { $0.hits += 1 }
        return result
    }

    public func store(_ result: FileResult, for job: Linter.Job, bytes: [UInt8]) {
        guard isUsable else { return }
        let key = Self.key(for: job, bytes: bytes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        do {
            let data = try encoder.encode(CachedResult(result, key: key))
            let path = entryPath(key)
            let folder = (path as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try AtomicFile.write(data, to: path)
        } catch {
            counts.withLock { $0.unwritable += 1 }
        }
    }

    /// What the user should know: a folder not used, entries not trusted or not written; with
    /// `verbose`, how many files the cache answered.
    public func notes(verbose: Bool = false) -> [LocalizedText] {
        if let refusal { return [refusal] }
        let counts = counts.withLock { $0 }
        var notes: [LocalizedText] = []
        if verbose {
            let total = counts.hits + counts.misses + counts.untrusted
            notes.append(
                LocalizedText(
                    en:
                        "the cache \(directory) answered for \(counts.hits) of \(total) \(total == 1 ? "file" : "files")",
                    sv: "cachen \(directory) svarade för \(counts.hits) av \(total) \(total == 1 ? "fil" : "filer")"))
        }
        if counts.untrusted > 0 {
            notes.append(
                LocalizedText(
                    en:
                        "ignored \(counts.untrusted) unreadable or foreign \(counts.untrusted == 1 ? "entry" : "entries") of the cache \(directory); linted again",
                    sv:
                        "bortsåg från \(counts.untrusted) oläsbara eller främmande poster i cachen \(directory); lintade igen"
                ))
        }
        if counts.unwritable > 0 {
            notes.append(
                LocalizedText(
                    en:
                        "could not write \(counts.unwritable) \(counts.unwritable == 1 ? "entry" : "entries") of the cache \(directory)",
                    sv: "kunde inte skriva \(counts.unwritable) poster i cachen \(directory)"))
        }
        return notes
    }

    /// The key of `job` on `bytes`: its profile's key, its path and its content.
    static func key(for job: Linter.Job, bytes: [UInt8]) -> String {
        var hash = CacheDigest()
        hash.update(field: CachedResult.format)
        hash.update(field: job.profileKey)
        hash.update(field: job.input.displayPath)
        hash.update(bytes)
        return hash.hexDigest()
    }

    /// Entries sit in 256 folders by the first two digits of their key.
    private func entryPath(_ key: String) -> String {
        "\(directory)/\(key.prefix(2))/\(key.dropFirst(2)).json"
    }

    private static func foreignNote(_ directory: String) -> LocalizedText {
        LocalizedText(
            en:
                "\(directory) is not an iop-lint cache of this version; not using it (remove it or choose another --cache folder)",
            sv:
                "\(directory) är ingen iop-lint-cache av den här versionen; används inte (ta bort den eller välj en annan mapp för --cache)"
        )
    }

    private static func unwritableNote(_ directory: String) -> LocalizedText {
        LocalizedText(
            en: "cannot create the cache \(directory); linting without it",
            sv: "kan inte skapa cachen \(directory); lintar utan den")
    }
}
