/// `format/unknown-party`: every party reference names a party of the agreement.
struct UnknownPartyRule: ModelIssueRule {
    let description = RuleDescription(
        id: .formatUnknownParty, severity: .error,
        summary: LocalizedText(
            en: "Every party reference names one of the parties",
            sv: "Varje hänvisning till en part namnger en av parterna"),
        message: LocalizedText(en: "no party has the id `{{value}}`", sv: "ingen part har id `{{value}}`"),
        rationale: LocalizedText(
            en:
                "Commitments, resources and signatures are tied to parties by id; a misspelt id ties them to nobody, and the party looks as if it gives nothing.",
            sv:
                "Åtaganden, resurser och underskrifter knyts till parterna med id; ett felstavat id knyter dem till ingen, och parten ser ut att inte bidra med något."
        ),
        source: FormatRules.source,
        examples: RuleExamples(
            pass: [
                RuleExample(
                    "iop-lint: 1\nparties:\n  - { id: uppsala-kommun }\ncommitments:\n  - { party: uppsala-kommun, what: Upplåter lokaler. }\n"
                )
            ],
            fail: [
                RuleExample(
                    "iop-lint: 1\nparties:\n  - { id: uppsala-kommun }\ncommitments:\n  - { party: upsala-kommun, what: Upplåter lokaler. }\n"
                )
            ]))
}
