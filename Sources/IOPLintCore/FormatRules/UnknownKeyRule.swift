/// `format/unknown-key`: every key is one the format defines (or an `x-` extension).
struct UnknownKeyRule: ModelIssueRule {
    let description = RuleDescription(
        id: .formatUnknownKey, severity: .warning,
        summary: LocalizedText(
            en: "Every key is defined by the format, or starts with `x-`",
            sv: "Varje nyckel finns i formatet, eller börjar med `x-`"),
        message: LocalizedText(en: "unknown key `{{key}}`", sv: "okänd nyckel `{{key}}`"),
        rationale: LocalizedText(
            en:
                "A misspelt key is silently ignored by every rule, so the section it holds looks missing. Keys of your own belong under `x-`.",
            sv:
                "En felstavad nyckel ignoreras av alla regler, så att avsnittet den innehåller ser ut att saknas. Egna nycklar skrivs med `x-` först."
        ),
        source: FormatRules.source,
        examples: RuleExamples(
            pass: [RuleExample("iop-lint: 1\ntitle: Läxhjälp i Gottsunda\nx-diarienummer: KS-2025/88\n")],
            fail: [RuleExample("iop-lint: 1\ntitel: Läxhjälp i Gottsunda\n")]))
}
