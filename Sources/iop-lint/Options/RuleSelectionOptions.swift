import ArgumentParser
import IOPLintCore

/// Which rules run: configuration, extra rule files, packs, single rules.
struct RuleSelectionOptions: ParsableArguments {
    @Option(
        name: .shortAndLong, help: "Use this configuration file for every file, instead of discovering .iop-lint.yml.")
    var config: String?

    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "Load extra rule files, or every rule file of a folder (repeatable).", valueName: "file-or-dir"))
    var rules: [String] = []

    @Option(help: "Run only these packs (repeatable); the format rules always run.")
    var pack: [String] = []

    @Option(help: "Switch a rule on, even when the configuration or --pack leaves it out (repeatable).")
    var enable: [String] = []

    @Option(help: "Switch a rule off (repeatable).")
    var disable: [String] = []

    func commandLine(failOn: FailThreshold? = nil) -> ConfigResolver.CommandLine {
        ConfigResolver.CommandLine(ruleFiles: rules, packs: pack, enable: enable, disable: disable, failOn: failOn)
    }
}
