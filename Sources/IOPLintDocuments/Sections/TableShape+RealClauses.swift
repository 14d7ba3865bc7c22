import IOPLintCore

// Tables for clauses of real agreements: funders that are not parties, principles beyond the six,
// the legal outcome of an agreement that was tried, and amendments.
extension TableShape {
    public static let funders = TableShape(
        path: ["funders"], section: .resources,
        columns: [
            Column("name", en: "Funder", sv: "Finansiär", variants: ["bidragsgivare", "funded by"]),
            Column("pays-for", en: "Pays for", sv: "Betalar för", variants: ["finansierar", "avser"]),
            Column("amount", en: "Amount", sv: "Belopp", .number, variants: ["summa"]),
            Column("unit", en: "Unit", sv: "Enhet"),
            Column("per", en: "Per", sv: "Per", .word(.period), variants: ["period"]),
            Column("recipient", en: "Received by", sv: "Mottagare", .parties, variants: ["tas emot av"]),
            Column("decision", en: "Decision", sv: "Beslut", variants: ["diarienummer"]),
        ])

    public static let additionalPrinciples = TableShape(
        path: ["principles", "additional"], section: .principles,
        columns: [
            Column("name", en: "Further principle", sv: "Ytterligare princip", variants: ["princip", "principle"]),
            Column("how", en: "How it is honoured", sv: "Så följs den", variants: ["hur", "how"]),
        ])

    public static let legalOutcome = TableShape(
        path: ["legal-outcome"], section: .legalAssessment,
        columns: [
            Column("court", en: "Court", sv: "Domstol", variants: ["instans", "myndighet"]),
            Column("case", en: "Case", sv: "Mål", variants: ["målnummer", "mål nr"]),
            Column("date", en: "Date", sv: "Datum", .date),
            Column("outcome", en: "Outcome", sv: "Utgång", variants: ["avgörande", "dom"]),
        ])

    public static let amendments = TableShape(
        path: ["amendments"], section: .changes,
        columns: [
            Column("date", en: "Amended on", sv: "Ändrad", .date, variants: ["datum", "date"]),
            Column("decision", en: "Decision", sv: "Beslut"),
            Column("what", en: "What changed", sv: "Vad som ändrades", variants: ["ändring", "change"]),
        ])
}
