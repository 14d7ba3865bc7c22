import Foundation

/// Turns configurations into the profiles files are linted with: loads each configuration's rule
/// files once, checks that every rule id it names exists ("did you mean"), and applies packs,
/// severities and overrides per file.
public final class ConfigResolver: @unchecked Sendable {
    /// What the command line says, which wins over any configuration.
    public struct CommandLine: Sendable {
        public var ruleFiles: [String] = []
        public var packs: [String] = []
        public var enable: [String] = []
        public var disable: [String] = []
        public var failOn: FailThreshold?

        public init(
            ruleFiles: [String] = [], packs: [String] = [], enable: [String] = [], disable: [String] = [],
            failOn: FailThreshold? = nil
        ) {
            self.ruleFiles = ruleFiles
            self.packs = packs
            self.enable = enable
            self.disable = disable
            self.failOn = failOn
        }
    }

    private let commandLine: CommandLine
    private var loaded: [String: (Configuration, RuleSet)] = [:]
    private var defaultRuleSet: RuleSet?
    /// Profiles made, by configuration file and the severities its overrides give a path: files
    /// that agree on both share one profile (and its storage).
    private var profiles: [ProfileKey: LintProfile] = [:]

    private struct ProfileKey: Hashable {
        var configuration: String?
        var severities: [RuleID: Severity?]
    }

    public init(commandLine: CommandLine) {
        self.commandLine = commandLine
    }

    /// The configuration at `path` (loaded and validated once) with its rule set.
    public func load(_ path: String) throws(ToolFailures) -> (Configuration, RuleSet) {
        let key = ConfigPaths.absolute(path)
        if let done = loaded[key] { return done }
        let (configuration, references) = try ConfigLoader().load(path)
        let ruleSet = try RuleSet.load(userPaths: configuration.ruleFiles + commandLine.ruleFiles)
        var failures: [ToolFailure] = []
        for reference in references where RuleID(reference.id).flatMap({ ruleSet.registry[$0] }) == nil {
            let hint = ruleSet.registry.suggestion(for: reference.id)
            failures.append(
                ToolFailure(
                    message: LocalizedText(
                        en: "no rule has the id `\(reference.id)`" + (hint.map { "; did you mean `\($0)`?" } ?? ""),
                        sv: "ingen regel har id `\(reference.id)`" + (hint.map { "; menade du `\($0)`?" } ?? "")),
                    file: reference.file, position: reference.position))
        }
        do {
            try checkPacks(
                configuration.packs ?? [], registry: ruleSet.registry, file: configuration.file,
                places: configuration.packPlaces)
        } catch {
            failures += error.failures
        }
        guard failures.isEmpty else { throw ToolFailures(failures) }
        loaded[key] = (configuration, ruleSet)
        return (configuration, ruleSet)
    }

    /// The rule set when no configuration applies: built-in rules plus `--rules`.
    public func ruleSetWithoutConfiguration() throws(ToolFailures) -> RuleSet {
        if let defaultRuleSet { return defaultRuleSet }
        let set = try RuleSet.load(userPaths: commandLine.ruleFiles)
        defaultRuleSet = set
        return set
    }

    /// The profile for linting `path` under `configuration` (or none).
    public func profile(
        for path: String, configuration: Configuration?, ruleSet: RuleSet
    ) throws(ToolFailures) -> LintProfile {
        let severities = configuration?.severities(for: path) ?? [:]
        let key = ProfileKey(configuration: configuration.map { ConfigPaths.absolute($0.file) }, severities: severities)
        if let known = profiles[key] { return known }
        let profile = try makeProfile(configuration: configuration, severities: severities, ruleSet: ruleSet)
        profiles[key] = profile
        return profile
    }

    private func makeProfile(
        configuration: Configuration?, severities: [RuleID: Severity?], ruleSet: RuleSet
    ) throws(ToolFailures) -> LintProfile {
        let registry = ruleSet.registry
        try checkPacks(commandLine.packs, registry: registry, file: nil)
        let packs = commandLine.packs.isEmpty ? configuration?.packs : commandLine.packs
        let enabled = try ids(commandLine.enable, registry: registry)
        let disabled = try ids(commandLine.disable, registry: registry)
        let rules = registry.rules.filter { rule in
            if disabled.contains(rule.id) { return false }
            if enabled.contains(rule.id) { return true }
            if case .some(.none) = severities[rule.id] { return false }
            // The format rules always run: nothing else can be checked without them.
            return packs.map { $0.contains(rule.id.pack) || rule.id.pack == "format" } ?? true
        }
        var severity: [RuleID: Severity] = [:]
        for (id, value) in severities { if let value { severity[id] = value } }
        let checklists = ruleSet.packs.filter { pack in packs.map { $0.contains(pack.name) } ?? true }
            .compactMap(\.packChecklist)
        return LintProfile(
            rules: rules, severity: severity, checklists: checklists,
            failOn: commandLine.failOn ?? configuration?.failOn ?? .error, knownRuleIDs: Set(registry.rules.map(\.id)))
    }

    /// Throws for each of `names` that no pack has, at its place in `file` when known.
    private func checkPacks(
        _ names: [String], registry: RuleRegistry, file: String?, places: [String: Configuration.Place] = [:]
    ) throws(ToolFailures) {
        let packNames = Set(registry.rules.map(\.id.pack))
        let failures = names.filter { !packNames.contains($0) }.map { pack in
            let hint = NameSuggestion.nearest(to: pack, among: packNames.sorted())
            return ToolFailure(
                message: LocalizedText(
                    en: "no pack is named `\(pack)`" + (hint.map { "; did you mean `\($0)`?" } ?? ""),
                    sv: "inget paket heter `\(pack)`" + (hint.map { "; menade du `\($0)`?" } ?? "")),
                file: places[pack]?.file ?? file, position: places[pack]?.position)
        }
        if !failures.isEmpty { throw ToolFailures(failures) }
    }

    private func ids(_ texts: [String], registry: RuleRegistry) throws(ToolFailures) -> Set<RuleID> {
        var result: Set<RuleID> = []
        for text in texts {
            guard let id = RuleID(text), registry[id] != nil else {
                let hint = registry.suggestion(for: text)
                throw ToolFailures([
                    ToolFailure(
                        message: LocalizedText(
                            en: "no rule has the id `\(text)`" + (hint.map { "; did you mean `\($0)`?" } ?? ""),
                            sv: "ingen regel har id `\(text)`" + (hint.map { "; menade du `\($0)`?" } ?? "")))
                ])
            }
            result.insert(id)
        }
        return result
    }
}
