import IOPLintCore

extension RuleSelectionOptions {
    /// The rules `lint` would see from the current folder: built-in, the configuration's rule
    /// files (`--config`, or the nearest `.iop-lint.yml`), `--rules`, and `extraPaths`. With
    /// `replacingBuiltIns`, a rule file named like a built-in pack replaces it (`iop-lint test`).
    func ruleSet(language: Language, extraPaths: [String] = [], replacingBuiltIns: Bool = false) throws -> RuleSet {
        do {
            var configured: [String] = []
            if let path = ConfigFinder(explicit: config).configuration(forFile: "./.iop-lint") {
                configured = try ConfigLoader().load(path).0.ruleFiles
            }
            return try RuleSet.load(
                userPaths: configured + rules + extraPaths, userPacksReplaceBuiltIns: replacingBuiltIns)
        } catch {
            throw RunFailures(error.failures, language: language)
        }
    }

    /// The rules of `ruleSet` that `--pack`, `--enable` and `--disable` leave (for listing, only
    /// the packs named, even `format`).
    func selected(from ruleSet: RuleSet, language: Language) throws -> [any Rule] {
        do {
            let rules = try ConfigResolver(commandLine: commandLine()).profile(
                for: ".", configuration: nil, ruleSet: ruleSet
            ).rules
            let enabled = Set(enable)
            return pack.isEmpty
                ? rules : rules.filter { pack.contains($0.id.pack) || enabled.contains($0.id.description) }
        } catch {
            throw RunFailures(error.failures, language: language)
        }
    }
}
