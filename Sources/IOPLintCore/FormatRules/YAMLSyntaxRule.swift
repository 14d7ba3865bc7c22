/// `format/yaml-syntax`: the file is valid YAML in UTF-8 and not empty.
struct YAMLSyntaxRule: ModelIssueRule {
    let description = RuleDescription(
        id: .formatYAMLSyntax, severity: .error,
        summary: LocalizedText(
            en: "The file is valid YAML, in UTF-8, and not empty",
            sv: "Filen är giltig YAML, i UTF-8, och inte tom"),
        message: LocalizedText(en: "YAML syntax error: {{problem}}", sv: "YAML-syntaxfel: {{problem}}"),
        rationale: LocalizedText(
            en:
                "Nothing else can be checked in a file that cannot be read. The message is libyaml's, at the position where it stopped.",
            sv:
                "Inget annat kan granskas i en fil som inte går att läsa. Meddelandet kommer från libyaml, på den plats där läsningen stannade."
        ),
        source: FormatRules.source,
        examples: RuleExamples(
            pass: [RuleExample("iop-lint: 1\ntitle: Läxhjälp i Gottsunda\n")],
            fail: [
                RuleExample("iop-lint: 1\ntitle: \"Läxhjälp i Gottsunda\nkind: iop\n"),
                RuleExample("iop-lint: 1\nparties: [hela-manniskan, uppsala-kommun\n"),
            ]))
}
