/// `format/version`: the document says which format version it is written in.
struct VersionRule: ModelIssueRule {
    let description = RuleDescription(
        id: .formatVersion, severity: .error,
        summary: LocalizedText(
            en: "The document starts with a supported format version, `iop-lint: 1`",
            sv: "Dokumentet anger en formatversion som stöds, `iop-lint: 1`"),
        message: LocalizedText(en: "add `iop-lint: 1` at the top", sv: "lägg till `iop-lint: 1` överst"),
        rationale: LocalizedText(
            en:
                "The version tells iop-lint, and every other tool, how to read the rest of the document; it also marks a YAML file as an agreement.",
            sv:
                "Versionen talar om för iop-lint, och för andra verktyg, hur resten av dokumentet ska läsas; den visar också att YAML-filen är en överenskommelse."
        ),
        source: FormatRules.source,
        examples: RuleExamples(
            pass: [RuleExample("iop-lint: 1\ntitle: Läxhjälp i Gottsunda\n")],
            fail: [RuleExample("title: Läxhjälp i Gottsunda\n"), RuleExample("iop-lint: 2\n")]))
}
