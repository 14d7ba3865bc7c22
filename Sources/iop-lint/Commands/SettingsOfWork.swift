import IOPLintCache
import IOPLintCore

/// What decides the findings of the planned files, gathered while planning: the key of each
/// profile (for `--cache`) and the configuration and rule files in use (for `--changed-since`).
struct SettingsOfWork {
    let resolver: ConfigResolver
    /// Configuration and rule files the files are linted with.
    private(set) var files: Set<String> = []
    /// Profile keys, by configuration and the severities its overrides give.
    private var keys: [String: String] = [:]

    init(resolver: ConfigResolver) {
        self.resolver = resolver
    }

    /// The ``ProfileKey`` of `setup`, the setup of the file at `path`.
    mutating func profileKey(of setup: ConfigResolver.FileSetup, path: String) throws(ToolFailures) -> String {
        let configuration = setup.configuration
        let severities = (configuration?.severities(for: path) ?? [:])
            .map { "\($0.key)=\($0.value?.rawValue ?? "off")" }.sorted().joined(separator: ",")
        let memo = (configuration?.file ?? "") + "|" + severities
        if let known = keys[memo] { return known }
        let ruleSet: RuleSet
        if let configuration {
            ruleSet = try resolver.load(configuration.file).1
            files.insert(configuration.file)
        } else {
            ruleSet = try resolver.ruleSetWithoutConfiguration()
        }
        let userPacks = ruleSet.packs.filter { !$0.file.hasPrefix("rules/") || !Self.isBuiltIn($0.file) }
        files.formUnion(userPacks.map(\.file))
        let key = ProfileKey.of(setup.profile, packs: userPacks)
        keys[memo] = key
        return key
    }

    /// Whether `file` names an embedded pack (`rules/iop.yml`), not a rule file on disk.
    private static func isBuiltIn(_ file: String) -> Bool {
        BuiltInPacks.files.contains { "rules/" + $0.file == file }
    }
}
