/// The reference of every built-in rule, pack by pack: `docs/rules.md`, generated from the
/// rules themselves so that it never drifts from them.
public struct RuleReference: Sendable {
    public var ruleSet: RuleSet

    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
    }

    public func markdown() -> String {
        var text = """
            # Rules

            Generated from the rules themselves (`rules/*.yml` and the `format` rules written in Swift);
            do not edit. `iop-lint explain RULE-ID` shows the same in a terminal, in English or Swedish.


            """
        let formatRules = ruleSet.registry.rules.filter { $0.id.pack == "format" }
        text += section(
            title: "`format` — the agreement format", source: FormatRules.source, appliesWhen: nil,
            rules: formatRules.map(\.description))
        for pack in ruleSet.packs.sorted(by: { $0.name < $1.name }) {
            let title = pack.title.map { "`\(pack.name)` — \($0.en)" } ?? "`\(pack.name)`"
            text += section(
                title: title, source: pack.source, appliesWhen: pack.appliesWhen,
                rules: pack.rules.map(\.description).sorted { $0.id < $1.id }, checklist: pack.checklist)
        }
        return text
    }

    private func section(
        title: String, source: String?, appliesWhen: String?, rules: [RuleDescription], checklist: Checklist? = nil
    ) -> String {
        var text = "## \(title)\n\n"
        if let source { text += "Source: \(source)\n\n" }
        text += "Applies: \(appliesWhen.map { "when `\($0)`" } ?? "to every agreement").\n\n"
        text += RuleCatalog(rules: rules, language: .en).render(.markdown) + "\n"
        if let checklist {
            text += "### \(checklist.title.en) (\(checklist.title.sv))\n\n| point | | rules |\n| --- | --- | --- |\n"
            for point in checklist.points {
                text +=
                    "| \(point.point) | \(Markdown.cell(point.title.en)) | \(point.rules.map { "`\($0)`" }.joined(separator: ", ")) |\n"
            }
            text += "\n"
        }
        for rule in rules { text += detail(rule) }
        return text
    }

    private func detail(_ rule: RuleDescription) -> String {
        var text = "### `\(rule.id)`\n\n**\(rule.severity.rawValue)** — \(rule.summary.en)\n*(\(rule.summary.sv))*\n\n"
        if !rule.rationale.en.isEmpty { text += "\(rule.rationale.en)\n\n" }
        if let source = rule.source { text += "Source: \(source)\n\n" }
        for example in rule.examples.pass { text += "Passes:\n\n" + Markdown.code(example.yaml) + "\n" }
        for example in rule.examples.fail { text += "Fails:\n\n" + Markdown.code(example.yaml) + "\n" }
        return text
    }
}
