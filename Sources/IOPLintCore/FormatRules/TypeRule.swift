/// `format/type`: every value has the type the format gives it.
struct TypeRule: ModelIssueRule {
    let description = RuleDescription(
        id: .formatType, severity: .error,
        summary: LocalizedText(
            en: "Every value has its type in the format, and an allowed value where the format lists them",
            sv: "Varje värde har sin typ enligt formatet, och ett tillåtet värde där formatet räknar upp dem"),
        message: LocalizedText(en: "`{{path}}` must be {{type}}", sv: "`{{path}}` ska vara {{type}}"),
        rationale: LocalizedText(
            en:
                "A value of the wrong type (a list where text belongs, a kind the format does not know) cannot be checked; it is left out so that no other rule reports it twice.",
            sv:
                "Ett värde av fel typ (en lista där det ska stå text, en avtalsform som formatet inte känner till) kan inte granskas; det utelämnas så att ingen annan regel rapporterar det en gång till."
        ),
        source: FormatRules.source,
        examples: RuleExamples(
            pass: [RuleExample("iop-lint: 1\nkind: iop\nparties:\n  - { id: uppsala-kommun, type: public }\n")],
            fail: [
                RuleExample("iop-lint: 1\nkind: partnerskap\n"),
                RuleExample("iop-lint: 1\nparties:\n  - { id: uppsala-kommun, type: kommun }\n"),
                RuleExample("iop-lint: 1\ntitle: [Läxhjälp, Gottsunda]\n"),
            ]))
}
