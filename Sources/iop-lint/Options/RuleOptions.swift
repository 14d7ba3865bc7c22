import ArgumentParser
import IOPLintCore

/// Which rules a command sees: the built-in ones plus the user's rule files.
struct RuleOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("Load extra rule files, or every rule file of a folder (repeatable).", valueName: "file-or-dir"))
    var rules: [String] = []

    /// The rule set, with the rule files of `extraPaths` too, or a failure naming every broken
    /// rule file. With `replacingBuiltIns`, a file of a built-in pack's name replaces that pack.
    func load(language: Language, extraPaths: [String] = [], replacingBuiltIns: Bool = false) throws -> RuleSet {
        do {
            return try RuleSet.load(userPaths: rules + extraPaths, userPacksReplaceBuiltIns: replacingBuiltIns)
        } catch {
            throw RunFailures(error.failures, language: language)
        }
    }
}
