import ArgumentParser
import IOPLintCore

/// The `iop-lint` command: checks partnership agreements written in YAML.
struct IOPLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "iop-lint",
        abstract: "Check IOP agreements, överenskommelser and other partnership agreements written in YAML.",
        version: ToolInfo.version,
        subcommands: [
            LintCommand.self, RulesCommand.self, ExplainCommand.self, TestCommand.self, ImportCommand.self,
            RenderCommand.self, LSPCommand.self, SchemaCommand.self, InitCommand.self, MergeCommand.self,
        ],
        defaultSubcommand: LintCommand.self)
}
