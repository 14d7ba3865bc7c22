extension ConfigResolver {
    /// How one file is linted: its configuration (if any) and its profile.
    public struct FileSetup: Sendable {
        public var configuration: Configuration?
        public var profile: LintProfile
    }

    /// The setup of the file at `path` under the configuration `finder` finds for it, as
    /// `iop-lint` lints it; `nil` when that configuration ignores the file.
    public func setup(forFile path: String, finder: ConfigFinder) throws(ToolFailures) -> FileSetup? {
        guard let configPath = finder.configuration(forFile: path) else {
            let ruleSet = try ruleSetWithoutConfiguration()
            return FileSetup(configuration: nil, profile: try profile(for: path, configuration: nil, ruleSet: ruleSet))
        }
        let (configuration, ruleSet) = try load(configPath)
        if configuration.ignores(path) { return nil }
        return FileSetup(
            configuration: configuration,
            profile: try profile(for: path, configuration: configuration, ruleSet: ruleSet))
    }
}
