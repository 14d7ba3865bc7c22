/// `format/limits`: the file stays within the loader's bounds on size, nesting and aliases.
struct LimitsRule: ModelIssueRule {
    let description = RuleDescription(
        id: .formatLimits, severity: .error,
        summary: LocalizedText(
            en: "The file stays within the limits on size, nesting depth and alias expansion",
            sv: "Filen håller sig inom gränserna för storlek, nästlingsdjup och expansion av alias"),
        message: LocalizedText(en: "the file exceeds a limit: {{limit}}", sv: "filen överskrider en gräns: {{limit}}"),
        rationale: LocalizedText(
            en:
                "No agreement nests hundreds of levels deep or expands aliases into millions of values; a file that does is broken or hostile (an alias bomb), and is stopped before it exhausts the machine.",
            sv:
                "Ingen överenskommelse är nästlad hundratals nivåer djupt eller expanderar alias till miljontals värden; en fil som gör det är trasig eller fientlig (en aliasbomb) och stoppas innan den tömmer datorns resurser."
        ),
        source: FormatRules.source,
        examples: RuleExamples(
            pass: [RuleExample("iop-lint: 1\nx-a: &a [ett, två]\nx-b: [*a, *a]\n")],
            fail: [
                RuleExample(
                    "iop-lint: 1\nx-deep: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
                        + "\n")
            ]))
}
