/// `format/date`: every date is a real `YYYY-MM-DD` date.
struct DateRule: ModelIssueRule {
    let description = RuleDescription(
        id: .formatDate, severity: .error,
        summary: LocalizedText(
            en: "Every date is a real date, written YYYY-MM-DD",
            sv: "Varje datum är ett riktigt datum, skrivet ÅÅÅÅ-MM-DD"),
        message: LocalizedText(
            en: "`{{value}}` is not a date (YYYY-MM-DD)", sv: "`{{value}}` är inte ett datum (ÅÅÅÅ-MM-DD)"),
        rationale: LocalizedText(
            en:
                "Term, mandates and signatures are compared by date; a date that does not exist (30 February) or is written another way cannot be.",
            sv:
                "Avtalstid, beslut och underskrifter jämförs med datum; ett datum som inte finns (30 februari) eller skrivs på annat sätt går inte att jämföra."
        ),
        source: FormatRules.source,
        examples: RuleExamples(
            pass: [RuleExample("iop-lint: 1\nterm: { start: 2025-03-01, end: 2028-02-29 }\n")],
            fail: [
                RuleExample("iop-lint: 1\nterm: { start: 2025-02-30, end: 2028-02-28 }\n"),
                RuleExample("iop-lint: 1\nterm: { start: 1 mars 2025 }\n"),
            ]))
}
