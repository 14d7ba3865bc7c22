/// `format/unused-suppression`: every `iop-lint-disable…` comment gives a reason and switches
/// off a finding that is there.
///
/// Its `check` reports what is wrong with a comment in itself (``SuppressionReader`` puts it in
/// the document's issues): an unknown directive, no rule, a word that is not a rule id, no
/// reason, nothing after a `disable-next-line`. Whether an id names a rule of the run and
/// whether the suppression switched anything off are known only after every rule has run:
/// the linter reports those as this rule, in its last step (``SuppressionSet``), when this
/// rule is among those run.
struct UnusedSuppressionRule: ModelIssueRule {
    let description = RuleDescription(
        id: .formatUnusedSuppression, severity: .warning,
        summary: LocalizedText(
            en: "Every `iop-lint-disable…` comment gives a reason and switches off a finding that is there",
            sv: "Varje `iop-lint-disable…`-kommentar anger ett skäl och stänger av ett fynd som finns"),
        message: LocalizedText(
            en: "the suppression of `{{rule}}` switches nothing off, or gives no reason",
            sv: "avstängningen av `{{rule}}` stänger inte av något, eller anger inget skäl"),
        rationale: LocalizedText(
            en:
                "A suppression records a decision that a rule does not apply, and whoever reads the draft must see why: without a reason after ` -- ` it switches nothing off. A suppression that finds nothing to switch off has outlived what it was written for, or names the rule wrongly; left in place it would silently hide the next real finding.",
            sv:
                "En avstängning dokumenterar ett beslut att en regel inte gäller, och den som läser utkastet måste kunna se varför: utan ett skäl efter ` -- ` stänger den inte av något. En avstängning som inte hittar något att stänga av har överlevt det den skrevs för, eller anger regeln fel; om den får stå kvar döljer den tyst nästa verkliga fynd."
        ),
        source: FormatRules.source,
        examples: RuleExamples(
            pass: [
                RuleExample(
                    "iop-lint: 1\n# iop-lint-disable-next-line format/unknown-key -- the key of the council's old template\ntitel: Läxhjälp i Gottsunda\n"
                ),
                RuleExample(
                    "# iop-lint-disable-file format/unknown-key -- keys of the old template, renamed in version 2\niop-lint: 1\ntitel: Läxhjälp i Gottsunda\n"
                ),
            ],
            fail: [
                RuleExample(
                    "iop-lint: 1\n# iop-lint-disable-next-line format/unknown-key\ntitel: Läxhjälp i Gottsunda\n"),
                RuleExample(
                    "iop-lint: 1\ntitle: Läxhjälp i Gottsunda\n# iop-lint-disable-next-line format/unknown-key -- the old title key\n"
                ),
                RuleExample(
                    "iop-lint: 1\n# iop-lint-disable-next-line format/unknown-kee -- the key of the council's old template\ntitel: Läxhjälp i Gottsunda\n"
                ),
                RuleExample(
                    "iop-lint: 1\n# iop-lint-disable-file format/unused-suppression -- nothing here needs it\ntitle: Läxhjälp i Gottsunda\n"
                ),
            ]))
}

extension RuleID {
    static let formatUnusedSuppression = RuleID("format/unused-suppression")!
}
