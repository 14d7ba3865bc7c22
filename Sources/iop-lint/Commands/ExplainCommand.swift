import ArgumentParser
import Foundation
import IOPLintCore

/// `iop-lint explain RULE-ID`: the full documentation of one rule.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show what a rule checks, why, its source and its examples.")

    @Argument(help: "The rule's id, e.g. format/duplicate-key.")
    var ruleID: String

    @Option(help: "Language: sv or en (default: from LANG / LC_ALL, else en).")
    var lang: Language?

    @OptionGroup var selection: RuleSelectionOptions

    func run() throws {
        let language = lang ?? Language.fromEnvironment(ProcessEnvironment.value)
        let registry = try selection.ruleSet(language: language).registry
        guard let id = RuleID(ruleID), let rule = registry[id] else {
            throw RunFailures(ToolFailure(message: registry.unknownRuleMessage(ruleID)), language: language)
        }
        try StandardOutput.write(RuleExplanation(rule: rule.description, language: language).render())
    }
}
