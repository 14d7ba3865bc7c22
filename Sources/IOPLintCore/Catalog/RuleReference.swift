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
            reference: "Every key of the format: [agreement-format.md](agreement-format.md).",
            rules: formatRules)
        for pack in ruleSet.packs.sorted(by: { $0.name < $1.name }) {
            let title = pack.title.map { "`\(pack.name)` — \($0.en)" } ?? "`\(pack.name)`"
            text += section(
                title: title, source: pack.source, appliesWhen: pack.appliesWhen,
                rules: pack.rules, checklist: pack.checklist)
        }
        return text
    }

    private func section(
        title: String, source: String?, appliesWhen: String?, reference: String? = nil, rules: [any Rule],
        checklist: Checklist? = nil
    ) -> String {
        let rules = rules.sorted { $0.id < $1.id }
        var text = "## \(title)\n\n"
        if let source { text += "Source: \(source)\n\n" }
        if let reference { text += "\(reference)\n\n" }
        text += "Applies: \(appliesWhen.map { "when `\($0)`" } ?? "to every agreement").\n\n"
        text += RuleCatalog(rules: rules.map(\.description), language: .en).render(.markdown) + "\n"
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

    private func detail(_ rule: any Rule) -> String {
        let keys = Self.keys(namedBy: rule)
        let rule = rule.description
        var text = "### `\(rule.id)`\n\n**\(rule.severity.rawValue)** — \(rule.summary.en)\n*(\(rule.summary.sv))*\n\n"
        if !rule.rationale.en.isEmpty { text += "\(rule.rationale.en)\n\n" }
        if let source = rule.source { text += "Source: \(source)\n\n" }
        if !keys.isEmpty {
            text +=
                "Keys: " + keys.map { "[`\($0.path)`](\(FormatReference.link(to: $0)))" }.joined(separator: ", ")
                + "\n\n"
        }
        for example in rule.examples.pass { text += "Passes:\n\n" + Markdown.code(example.yaml) + "\n" }
        for example in rule.examples.fail { text += "Fails:\n\n" + Markdown.code(example.yaml) + "\n" }
        return text
    }

    /// The keys of the format a rule names: where it looks (`given`) and the keys its words
    /// name in backticks.
    static func keys(namedBy rule: any Rule) -> [FormatKey] {
        let given = (rule as? FileRule)?.given.map { "`\($0.text)`" } ?? []
        let words = [rule.description.summary.en, rule.description.message.en, rule.description.rationale.en]
        return AgreementFormat.current.keys(namedIn: (given + words).joined(separator: "\n"))
    }
}
