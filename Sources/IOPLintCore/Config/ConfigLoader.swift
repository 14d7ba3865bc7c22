import Foundation
import IOPYAML

/// Reads `.iop-lint.yml` files, following `extends`, and validates them like rule files: every
/// error with its file, line and column, "did you mean" where a near name exists.
///
/// Rule ids in `severity` are checked later, against the rules the configuration loads
/// (``ConfigResolver``); the loader keeps where each was written.
public struct ConfigLoader: Sendable {
    public static let fileName = ".iop-lint.yml"

    public init() {}

    /// The configuration in `path`, merged over everything it extends, and where its rule ids
    /// were written (for validation).
    public func load(_ path: String) throws(ToolFailures) -> (Configuration, [RuleIDReference]) {
        var visiting: [String] = []
        return try load(path, shownAs: path, visiting: &visiting)
    }

    /// A rule id written in a configuration, to check once the rules are known.
    public struct RuleIDReference: Sendable {
        public var id: String
        public var file: String
        public var position: SourcePosition
    }

    private func load(
        _ path: String, shownAs shown: String, visiting: inout [String]
    ) throws(ToolFailures)
        -> (Configuration, [RuleIDReference])
    {
        let absolute = ConfigPaths.absolute(path)
        guard let bytes = FileBytes.readCapped(atPath: absolute) else {
            throw ToolFailures([
                ToolFailure(
                    message: LocalizedText(
                        en: "cannot read the configuration \(shown)", sv: "kan inte läsa konfigurationen \(shown)"),
                    file: shown)
            ])
        }
        let yaml = YAMLLoader().load(bytes: bytes)
        if let problem = yaml.problems.first {
            throw ToolFailures([ToolFailure(message: problem.message, file: shown, position: problem.range.start)])
        }
        if yaml.documents.count > 1 {
            throw ToolFailures([
                ToolFailure(
                    message: LocalizedText(
                        en: "a configuration holds one YAML document; remove this second one (it would be ignored)",
                        sv:
                            "en konfiguration innehåller ett YAML-dokument; ta bort det här andra (det skulle ignoreras)"
                    ),
                    file: shown, position: yaml.documents[1].range.start)
            ])
        }
        guard let root = yaml.documents.first?.root else {
            return (Configuration(file: shown), [])
        }
        visiting.append(absolute)
        defer { visiting.removeLast() }
        let diagnostics = RuleFileDiagnostics(file: shown)
        let reader = ConfigReader(folder: ConfigPaths.folder(of: absolute), diagnostics: diagnostics)
        let node = RuleFileNode(node: root, diagnostics: diagnostics, path: .root)
        var (configuration, references) = reader.read(node)
        var failures: [ToolFailure] = []
        var base = Configuration(file: shown)
        var baseReferences: [RuleIDReference] = []
        for (extended, position) in reader.extends(node) {
            let target = ConfigPaths.resolve(extended, in: ConfigPaths.folder(of: absolute))
            if visiting.contains(target) {
                let cycle = (visiting + [target]).map {
                    ConfigPaths.relative($0, to: FileManager.default.currentDirectoryPath) ?? $0
                }
                diagnostics.error(
                    LocalizedText(
                        en: "`extends` makes a cycle: \(cycle.joined(separator: " → "))",
                        sv: "`extends` bildar en cirkel: \(cycle.joined(separator: " → "))"),
                    at: position)
                continue
            }
            guard Self.isReadableFile(target) else {
                diagnostics.error(
                    LocalizedText(
                        en: "`extends` names \(extended), which cannot be read (no such file?)",
                        sv: "`extends` anger \(extended), som inte går att läsa (finns filen?)"),
                    at: position)
                continue
            }
            do {
                let (loaded, loadedReferences) = try load(target, shownAs: extended, visiting: &visiting)
                base = loaded.merged(over: base)
                baseReferences += loadedReferences
            } catch {
                failures += error.failures
            }
        }
        failures += diagnostics.failures.sorted { ($0.position ?? .start) < ($1.position ?? .start) }
        guard failures.isEmpty else { throw ToolFailures(failures) }
        configuration.file = shown
        return (configuration.merged(over: base), baseReferences + references)
    }
}

extension ConfigLoader {
    /// Whether `path` is a file (not a folder) that can be read.
    static func isReadableFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            && FileManager.default.isReadableFile(atPath: path)
    }
}

/// Reads the keys of one configuration file.
private struct ConfigReader {
    let folder: String
    let diagnostics: RuleFileDiagnostics

    private static let keys = ["extends", "packs", "rules", "severity", "ignore", "overrides", "lang", "fail-on"]

    func extends(_ root: RuleFileNode) -> [(String, SourcePosition)] {
        guard
            let node = root.node.pair(forKey: "extends").map({
                RuleFileNode(node: $0.value, diagnostics: diagnostics, path: .root.appending(key: "extends"))
            })
        else { return [] }
        let items = node.node.scalar != nil ? [node] : (node.items() ?? [])
        return items.compactMap { item in item.string().map { ($0, item.node.range.start) } }
    }

    func read(_ root: RuleFileNode) -> (Configuration, [ConfigLoader.RuleIDReference]) {
        var configuration = Configuration(file: diagnostics.file)
        var references: [ConfigLoader.RuleIDReference] = []
        guard let fields = root.fields(allowed: Self.keys) else { return (configuration, references) }
        if let packs = fields["packs"] {
            configuration.packs = packs.strings()
            let items = packs.node.scalar != nil ? [packs.node] : (packs.node.sequence ?? [])
            for item in items {
                guard let name = item.scalar?.value, configuration.packPlaces[name] == nil else { continue }
                configuration.packPlaces[name] = .init(file: diagnostics.file, position: item.range.start)
            }
        }
        if let rules = fields["rules"] {
            let items = rules.node.scalar != nil ? [rules] : (rules.items() ?? [])
            for item in items {
                guard let written = item.string() else { continue }
                let path = ConfigPaths.resolve(written, in: folder)
                guard FileManager.default.fileExists(atPath: path) else {
                    item.error(
                        en: "`rules` names \(written), which does not exist",
                        sv: "`rules` anger \(written), som inte finns")
                    continue
                }
                configuration.ruleFiles.append(path)
            }
        }
        if let node = fields["severity"] {
            (configuration.severity, references) = severities(node)
        }
        configuration.ignore = fields["ignore"].map(globs) ?? []
        for item in fields["overrides"]?.items() ?? [] {
            guard let override = item.fields(allowed: ["files", "severity"], required: ["files"]) else { continue }
            let (severity, overrideReferences) = override["severity"].map(severities) ?? ([:], [])
            references += overrideReferences
            configuration.overrides.append(
                Configuration.Override(files: override["files"].map(globs) ?? [], severity: severity))
        }
        if let lang = fields["lang"], let text = lang.string() {
            configuration.language = Language(rawValue: text)
            if configuration.language == nil {
                lang.error(en: "`lang` must be sv or en", sv: "`lang` ska vara sv eller en")
            }
        }
        if let failOn = fields["fail-on"], let text = failOn.string() {
            configuration.failOn = FailThreshold(rawValue: text)
            if configuration.failOn == nil {
                failOn.error(
                    en: "`fail-on` must be error, warning, info or never",
                    sv: "`fail-on` ska vara error, warning, info eller never")
            }
        }
        return (configuration, references)
    }

    private func severities(_ node: RuleFileNode) -> ([RuleID: Severity?], [ConfigLoader.RuleIDReference]) {
        var result: [RuleID: Severity?] = [:]
        var references: [ConfigLoader.RuleIDReference] = []
        for (key, keyNode, value) in node.pairs() ?? [] {
            guard let text = value.string() else { continue }
            let severity: Severity?? = text == "off" ? .some(nil) : Severity(rawValue: text).map { .some($0) }
            guard let severity else {
                value.error(
                    en: "severity `\(text)` must be error, warning, info or off",
                    sv: "allvarlighetsgraden `\(text)` ska vara error, warning, info eller off")
                continue
            }
            guard let id = RuleID(key) else {
                diagnostics.error(
                    en: "`\(key)` is not a rule id (pack/name)", sv: "`\(key)` är inte ett regel-id (paket/namn)",
                    at: keyNode)
                continue
            }
            result[id] = severity
            references.append(.init(id: key, file: diagnostics.file, position: keyNode.range.start))
        }
        return (result, references)
    }

    private func globs(_ node: RuleFileNode) -> [Configuration.ScopedGlob] {
        let items = node.node.scalar != nil ? [node] : (node.items() ?? [])
        return items.compactMap { item -> Configuration.ScopedGlob? in
            guard let pattern = item.string() else { return nil }
            do throws(Glob.ParseError) {
                return Configuration.ScopedGlob(folder: folder, glob: try Glob(pattern))
            } catch {
                let position = item.position(ofColumn: error.column)
                diagnostics.error(
                    LocalizedText(
                        en: "invalid glob `\(pattern)`: \(error.message)",
                        sv: "ogiltigt mönster `\(pattern)`: \(error.message)"),
                    at: position)
                return nil
            }
        }
    }
}
