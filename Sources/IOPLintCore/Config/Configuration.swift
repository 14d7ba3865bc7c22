import IOPYAML

/// The settings of one `.iop-lint.yml`, with everything it `extends` merged in (cli.md,
/// "Configuration"). Paths and globs are already resolved against the folder of the file that
/// wrote them.
public struct Configuration: Sendable {
    /// A per-path change (`overrides`).
    public struct Override: Sendable {
        public var files: [ScopedGlob]
        public var severity: [RuleID: Severity?]
    }

    /// A glob and the folder its paths are relative to.
    public struct ScopedGlob: Sendable {
        public var folder: String
        public var glob: Glob

        /// Whether `path` (absolute, or relative to the working folder) is matched.
        public func matches(_ path: String) -> Bool {
            guard let relative = ConfigPaths.relative(path, to: folder) else { return false }
            return glob.matches(relative)
        }
    }

    /// A place in a configuration file, for messages.
    public struct Place: Sendable {
        public var file: String
        public var position: SourcePosition
    }

    /// The file, as shown in messages.
    public var file: String
    /// Which built-in packs run; `nil` for all that apply.
    public var packs: [String]?
    /// Where each name of ``packs`` was written.
    public var packPlaces: [String: Place] = [:]
    /// Custom rule files and folders, resolved.
    public var ruleFiles: [String] = []
    /// Per-rule severity; `nil` switches the rule off.
    public var severity: [RuleID: Severity?] = [:]
    public var ignore: [ScopedGlob] = []
    public var overrides: [Override] = []
    public var language: Language?
    public var failOn: FailThreshold?

    public init(file: String) {
        self.file = file
    }

    /// Whether `path` is ignored.
    public func ignores(_ path: String) -> Bool {
        ignore.contains { $0.matches(path) }
    }

    /// The severities for `path`: `severity`, then every override whose globs match.
    public func severities(for path: String) -> [RuleID: Severity?] {
        var result = severity
        for override in overrides where override.files.contains(where: { $0.matches(path) }) {
            result.merge(override.severity) { $1 }
        }
        return result
    }

    /// This configuration on top of `base` (what it `extends`).
    func merged(over base: Configuration) -> Configuration {
        var result = self
        result.packs = packs ?? base.packs
        result.packPlaces = packs == nil ? base.packPlaces : packPlaces
        result.ruleFiles = base.ruleFiles + ruleFiles
        result.severity = base.severity.merging(severity) { $1 }
        result.ignore = base.ignore + ignore
        result.overrides = base.overrides + overrides
        result.language = language ?? base.language
        result.failOn = failOn ?? base.failOn
        return result
    }
}
