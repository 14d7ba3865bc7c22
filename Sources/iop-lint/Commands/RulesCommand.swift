import ArgumentParser
import Foundation
import IOPLintCore

/// `iop-lint rules`: lists every rule that would run.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List every rule: id, severity, when it applies, summary.")

    @Option(name: .shortAndLong, help: "Output format: text, json or markdown.")
    var format: RuleCatalog.Format = .text

    @Option(help: "Language of summaries: sv or en (default: from LANG / LC_ALL, else en).")
    var lang: Language?

    @OptionGroup var selection: RuleSelectionOptions

    func run() throws {
        let language = lang ?? Language.fromEnvironment(ProcessEnvironment.value)
        let rules = try selection.selected(from: selection.ruleSet(language: language), language: language)
        try StandardOutput.write(RuleCatalog(rules: rules.map(\.description), language: language).render(format))
    }
}

extension RuleCatalog.Format: ExpressibleByArgument {}
