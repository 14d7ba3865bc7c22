import Foundation
import IOPYAML
import Synchronization

/// Every rule of a run: the `format` rules, the built-in packs and the user's rule files,
/// validated together.
public struct RuleSet: Sendable {
    public var packs: [RulePack]
    public var registry: RuleRegistry

    /// The built-in rules and packs, plus the rule files at `userPaths` (files, or folders walked
    /// for `*.yml`/`*.yaml`). Every error of every file is reported; nothing half-loaded is kept.
    ///
    /// A user pack named like a built-in pack is an error, unless `userPacksReplaceBuiltIns`
    /// (as for `iop-lint test rules/iop.yml`, which tests a new version of a built-in pack).
    /// `builtIn` replaces the embedded packs (for tests); by default they are read once per
    /// process, however many configurations load rule sets.
    public static func load(
        userPaths: [String] = [], builtIn: [(file: String, text: String)]? = nil,
        userPacksReplaceBuiltIns: Bool = false
    ) throws(ToolFailures) -> RuleSet {
        var failures: [ToolFailure] = []
        var packs: [RulePack] = []
        switch builtIn.map(readPacks) ?? embeddedPacks {
        case .success(let read): packs = read
        case .failure(let error): failures += error.failures
        }
        let builtInNames = Set(packs.map(\.name) + ["format"])
        var userFiles: [RawPath] = []
        for path in userPaths {
            do {
                let collection = try InputCollector(agreementsOnly: false).collect(
                    [RawPath(path)], stdinName: "-", stdin: { [] })
                userFiles += collection.inputs.map { input in
                    guard case .file(let file) = input.source else { return RawPath(input.displayPath) }
                    return file
                }
                failures += collection.failures
            } catch {
                failures.append(error)
            }
        }
        var userNames: [String: String] = [:]
        for path in userFiles {
            let file = path.shown
            guard let data = FileBytes.readCapped(at: path) else {
                failures.append(.cannotRead(file))
                continue
            }
            do {
                let pack = try RuleFileLoader().load(bytes: data, file: file)
                if userPacksReplaceBuiltIns, pack.name != "format", builtInNames.contains(pack.name),
                    userNames[pack.name] == nil
                {
                    packs.removeAll { $0.name == pack.name }
                    userNames[pack.name] = file
                    packs.append(pack)
                } else if builtInNames.contains(pack.name) {
                    failures.append(
                        collision(
                            pack, text: String(decoding: data, as: UTF8.self), other: "a built-in pack",
                            otherSv: "ett inbyggt paket"))
                } else if let other = userNames[pack.name] {
                    failures.append(
                        collision(pack, text: String(decoding: data, as: UTF8.self), other: other, otherSv: other))
                } else {
                    userNames[pack.name] = file
                    packs.append(pack)
                }
            } catch {
                failures += error.failures
            }
        }
        let registry = RuleRegistry(FormatRules.all + packs.flatMap(\.rules))
        failures += checklistFailures(packs, registry: registry)
        guard failures.isEmpty else { throw ToolFailures(failures) }
        return RuleSet(packs: packs, registry: registry)
    }

    private static func collision(_ pack: RulePack, text: String, other: String, otherSv: String) -> ToolFailure {
        let root = YAMLLoader().load(text).documents.first?.root
        let position = root?.pair(forKey: "pack")?.value.range.start ?? .start
        return ToolFailure(
            message: LocalizedText(
                en: "pack name `\(pack.name)` is already used by \(other); choose another name",
                sv: "paketnamnet `\(pack.name)` används redan av \(otherSv); välj ett annat namn"),
            file: pack.file, position: position)
    }

    /// The embedded packs, read on first use: from ``BuiltInPacks/lintFiles``, which leave the
    /// rules' words and examples out of the YAML to parse.
    static let embeddedPacks = readEmbeddedPacks()

    /// Reads the packs side by side, each on the next free core (they are independent: the
    /// run waits for all of them at start-up), and keeps them in their order.
    private static func readEmbeddedPacks() -> Result<[RulePack], ToolFailures> {
        let files = Array(zip(BuiltInPacks.lintFiles, BuiltInPacks.files))
        let read = Mutex([Result<RulePack, ToolFailures>?](repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let (lintFile, file) = files[index]
            let pack = Result { () throws(ToolFailures) in
                try RuleFileLoader().load(
                    builtIn: lintFile.text, documentation: lintFile.documentation, file: "rules/\(file.file)",
                    fileText: file.text)
            }
            read.withLock { $0[index] = pack }
        }
        return gathered(read.withLock { $0 }.compactMap { $0 })
    }

    static func readPacks(_ files: [(file: String, text: String)]) -> Result<[RulePack], ToolFailures> {
        gathered(
            files.map { file, text in
                Result { () throws(ToolFailures) in try RuleFileLoader().load(text, file: "rules/\(file)") }
            })
    }

    /// The packs read, in order, or every failure of those that were not.
    private static func gathered(_ read: [Result<RulePack, ToolFailures>]) -> Result<[RulePack], ToolFailures> {
        var packs: [RulePack] = []
        var failures: [ToolFailure] = []
        for pack in read {
            switch pack {
            case .success(let pack): packs.append(pack)
            case .failure(let error): failures += error.failures
            }
        }
        return failures.isEmpty ? .success(packs) : .failure(ToolFailures(failures))
    }

    private static func checklistFailures(_ packs: [RulePack], registry: RuleRegistry) -> [ToolFailure] {
        packs.flatMap { pack in
            (pack.checklist?.points ?? []).flatMap { point in
                point.rules.filter { registry[$0] == nil }.map { id in
                    ToolFailure(
                        message: LocalizedText(
                            en: "checklist point \(point.point) names the rule `\(id)`, which does not exist",
                            sv: "checklistans punkt \(point.point) nämner regeln `\(id)`, som inte finns"
                        ).suggesting(registry.suggestion(for: id.description)?.description),
                        file: pack.file, position: point.position)
                }
            }
        }
    }
}
