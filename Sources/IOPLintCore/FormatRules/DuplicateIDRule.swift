/// `format/duplicate-id`: no two parties share an id.
struct DuplicateIDRule: ModelIssueRule {
    let description = RuleDescription(
        id: .formatDuplicateID, severity: .error,
        summary: LocalizedText(en: "Every party has its own id", sv: "Varje part har ett eget id"),
        message: LocalizedText(en: "party id `{{value}}` is already used", sv: "part-id `{{value}}` används redan"),
        rationale: LocalizedText(
            en: "References to a party are by id; two parties with one id make every reference ambiguous.",
            sv: "Hänvisningar till en part görs med id; två parter med samma id gör varje hänvisning tvetydig."),
        source: FormatRules.source,
        examples: RuleExamples(
            pass: [RuleExample("iop-lint: 1\nparties:\n  - { id: uppsala-kommun }\n  - { id: ibn-rushd }\n")],
            fail: [RuleExample("iop-lint: 1\nparties:\n  - { id: uppsala-kommun }\n  - { id: uppsala-kommun }\n")]))
}
