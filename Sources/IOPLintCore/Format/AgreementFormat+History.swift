// The keys of what happened to an agreement after it was signed: amendments and, for an agreement
// that was tried, the legal outcome.
extension AgreementFormat {
    static let historyKeys: [FormatKey] = [
        FormatKey(
            "amendments[].date", .date, meaning: words("When the change was made.", "När ändringen gjordes."),
            example: "2026-03-12"),
        FormatKey(
            "amendments[].decision", .text,
            meaning: words("The decision behind the change.", "Beslutet bakom ändringen."),
            example: "\"KS 2026/88 § 21\""),
        FormatKey(
            "amendments[].what", .text, meaning: words("What changed.", "Vad som ändrades."),
            example: "Dialogmötet flyttas från mars till september."),
        FormatKey(
            "legal-outcome[].court", .text,
            meaning: words("The court or authority that decided.", "Den domstol eller myndighet som beslutade."),
            example: "Kammarrätten i Jönköping"),
        FormatKey(
            "legal-outcome[].case", .text, meaning: words("The case number.", "Målnumret."),
            example: "\"Mål nr 1234-24\""),
        FormatKey(
            "legal-outcome[].date", .date, meaning: words("The date of the decision.", "Avgörandets datum."),
            example: "2025-05-20"),
        FormatKey(
            "legal-outcome[].outcome", .text, meaning: words("What was decided.", "Vad som avgjordes."),
            example:
                "Avtalet är ett offentligt kontrakt som skulle ha upphandlats; upphandlingsskadeavgift 5 000 000 kr."),
    ]
}
