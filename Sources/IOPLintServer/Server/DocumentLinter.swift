import Foundation
import IOPLintCore

/// Lints the text of open documents exactly as `iop-lint` lints the files they are: the
/// nearest `.iop-lint.yml` above the file (or the one named at start), its rule files, packs,
/// severities, overrides and ignores, and the file's inline suppressions.
final class DocumentLinter {
    /// What linting one text gave.
    struct Outcome {
        /// The findings that count, as the CLI reports them; `nil` when the configuration ignores
        /// the file.
        var result: FileResult?
        /// Failures of the configuration or its rule files: nothing could be linted.
        var failures: [ToolFailure]
        /// The language messages are shown in.
        var language: Language
        /// The descriptions of the rules that ran.
        var rules: [RuleID: RuleDescription]
    }

    private let commandLine: ConfigResolver.CommandLine
    private let explicitConfig: String?
    private var resolver: ConfigResolver
    private var finder: ConfigFinder
    private let linter = Linter(rules: [])

    init(commandLine: ConfigResolver.CommandLine, explicitConfig: String?) {
        self.commandLine = commandLine
        self.explicitConfig = explicitConfig
        resolver = ConfigResolver(commandLine: commandLine)
        finder = ConfigFinder(explicit: explicitConfig)
    }

    /// Forgets every configuration and rule file read, so that the next lint reads them anew.
    func reload() {
        resolver = ConfigResolver(commandLine: commandLine)
        finder = ConfigFinder(explicit: explicitConfig)
    }

    /// Lints `text` as the file at `path`; `language` is the one asked for explicitly (it wins
    /// over the configuration's), `fallback` the one used when neither says.
    func lint(text: String, path: String, language: Language?, fallback: Language) -> Outcome {
        do {
            guard let setup = try resolver.setup(forFile: path, finder: finder) else {
                return Outcome(
                    result: nil, failures: [], language: language ?? fallback, rules: [:])
            }
            let shown = language ?? setup.configuration?.language ?? fallback
            let result = linter.lint(bytes: Array(text.utf8), path: path, profile: setup.profile)
            var rules: [RuleID: RuleDescription] = [:]
            for rule in setup.profile.rules { rules[rule.id] = rule.description }
            return Outcome(result: result, failures: [], language: shown, rules: rules)
        } catch {
            return Outcome(result: nil, failures: error.failures, language: language ?? fallback, rules: [:])
        }
    }
}
