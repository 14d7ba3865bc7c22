import ArgumentParser
import Foundation
import IOPLintCore

/// `iop-lint rules`: lists every rule that would run.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List every rule: id, severity, when it applies, summary.")

    @Option(help: "Only the rules of these packs (repeatable).")
    var pack: [String] = []

    @Option(name: .shortAndLong, help: "Output format: text, json or markdown.")
    var format: RuleCatalog.Format = .text

    @Option(help: "Language of summaries: sv or en (default: from LANG / LC_ALL, else en).")
    var lang: Language?

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let language = lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
        let ruleSet = try ruleOptions.load(language: language)
        let rules = try PackSelection(packs: pack).filter(ruleSet, language: language)
        print(RuleCatalog(rules: rules.map(\.description), language: language).render(format), terminator: "")
    }
}

extension RuleCatalog.Format: ExpressibleByArgument {}
