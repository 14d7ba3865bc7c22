import IOPLintCore

/// `--pack`, `--enable`, `--disable`: which of the loaded rules run.
struct PackSelection {
    var packs: [String] = []
    var enable: [String] = []
    var disable: [String] = []

    /// The rules that run; an unknown pack or rule id is a failure with "did you mean".
    func filter(_ ruleSet: RuleSet, language: Language) throws -> [any Rule] {
        let registry = ruleSet.registry
        let packNames = Set(registry.rules.map(\.id.pack))
        for name in packs where !packNames.contains(name) {
            throw unknown(
                LocalizedText(en: "no pack is named `\(name)`", sv: "inget paket heter `\(name)`"),
                hint: NameSuggestion.nearest(to: name, among: packNames.sorted()), language: language)
        }
        let enabled = try ids(enable, registry: registry, language: language)
        let disabled = try ids(disable, registry: registry, language: language)
        return registry.rules.filter { rule in
            (packs.isEmpty || packs.contains(rule.id.pack) || enabled.contains(rule.id)) && !disabled.contains(rule.id)
        }
    }

    private func ids(_ texts: [String], registry: RuleRegistry, language: Language) throws -> Set<RuleID> {
        var result: Set<RuleID> = []
        for text in texts {
            guard let id = RuleID(text), registry[id] != nil else {
                throw unknown(
                    LocalizedText(en: "no rule has the id `\(text)`", sv: "ingen regel har id `\(text)`"),
                    hint: registry.suggestion(for: text)?.description, language: language)
            }
            result.insert(id)
        }
        return result
    }

    private func unknown(_ message: LocalizedText, hint: String?, language: Language) -> RunFailures {
        let full = LocalizedText(
            en: message.en + (hint.map { "; did you mean `\($0)`?" } ?? ""),
            sv: message.sv + (hint.map { "; menade du `\($0)`?" } ?? ""))
        return RunFailures(ToolFailure(message: full), language: language)
    }
}
