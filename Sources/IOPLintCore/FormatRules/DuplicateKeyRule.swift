/// `format/duplicate-key`: no key appears twice in one mapping.
struct DuplicateKeyRule: ModelIssueRule {
    let description = RuleDescription(
        id: .formatDuplicateKey, severity: .error,
        summary: LocalizedText(
            en: "No key appears twice in one map", sv: "Ingen nyckel förekommer två gånger i samma mappning"),
        message: LocalizedText(
            en: "key `{{key}}` is already defined on line {{line}}; this value is ignored",
            sv: "nyckeln `{{key}}` finns redan på rad {{line}}; det här värdet ignoreras"),
        rationale: LocalizedText(
            en:
                "When a key is written twice, only one of the values counts, and readers of the draft cannot tell which. iop-lint keeps the first and reports the repeat.",
            sv:
                "När en nyckel skrivs två gånger gäller bara ett av värdena, och den som läser utkastet kan inte se vilket. iop-lint behåller det första och rapporterar upprepningen."
        ),
        source: FormatRules.source,
        examples: RuleExamples(
            pass: [RuleExample("iop-lint: 1\nterm:\n  start: 2025-03-01\n  end: 2028-02-29\n")],
            fail: [RuleExample("iop-lint: 1\nterm:\n  start: 2025-03-01\n  start: 2025-04-01\n")]))
}
