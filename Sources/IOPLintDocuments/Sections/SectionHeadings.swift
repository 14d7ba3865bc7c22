import Foundation
import IOPLintCore

/// The headings agreements use for their sections, in Swedish and English: the one a rendered
/// document uses, and the variants an imported one may have.
///
/// To recognise another heading, add it to ``variants`` (lower case, without numbering: the
/// importer strips `1.`, `§ 3`, `3.1` and a trailing colon before it looks).
///
/// Sources of the wording: the points every IOP agreement in Uddevalla must have ("bakgrund",
/// "parter", "organisation för partnerskapet: ledningsgrupp, styrgrupp", "mål", "insatser och
/// åtaganden", "uppföljning", "ekonomi", "avtalstid och uppsägningstid", "ändringar och
/// tillägg", "omförhandling, hävning och tvist"; uddevalla.se, Verksamhetsplan och avtalsprocess,
/// 2020), SKL's IOP report with the partnership documents of Laholm, Timrå and Sörmland/Flen
/// (2018), and framework agreements of Norrköping and Polisen ("parter och ombud", "avtalstid",
/// "uppsägning", "hävning").
public enum SectionHeadings {
    /// The heading of each section in a rendered document.
    public static let canonical: [AgreementSection: LocalizedText] = [
        .parties: LocalizedText(en: "Parties", sv: "Parter"),
        .background: LocalizedText(en: "Background", sv: "Bakgrund"),
        .formChoice: LocalizedText(en: "Choice of form", sv: "Val av samverkansform"),
        .problem: LocalizedText(en: "Problem description", sv: "Problembeskrivning"),
        .goals: LocalizedText(en: "Goals", sv: "Mål"),
        .targetGroup: LocalizedText(en: "Target group", sv: "Målgrupp"),
        .activities: LocalizedText(en: "Activities", sv: "Verksamhet och aktiviteter"),
        .commitments: LocalizedText(en: "Commitments", sv: "Åtaganden"),
        .resources: LocalizedText(en: "Resources", sv: "Resurser"),
        .economy: LocalizedText(en: "Budget and payment", sv: "Ekonomi"),
        .principles: LocalizedText(en: "Principles", sv: "Principer"),
        .governance: LocalizedText(en: "Governance", sv: "Organisation och styrning"),
        .followUp: LocalizedText(en: "Follow-up and evaluation", sv: "Uppföljning och utvärdering"),
        .information: LocalizedText(en: "Information", sv: "Information"),
        .legalAssessment: LocalizedText(en: "Legal assessment", sv: "Rättslig bedömning"),
        .ownership: LocalizedText(en: "Ownership", sv: "Ägarskap"),
        .icld: LocalizedText(en: "Municipal Partnership (ICLD)", sv: "Kommunalt partnerskap (ICLD)"),
        .term: LocalizedText(en: "Term", sv: "Avtalstid"),
        .termination: LocalizedText(en: "Termination", sv: "Uppsägning"),
        .changes: LocalizedText(en: "Changes", sv: "Ändringar och tillägg"),
        .disputes: LocalizedText(en: "Disputes", sv: "Tvister"),
        .contacts: LocalizedText(en: "Contacts", sv: "Kontaktpersoner"),
        .signatures: LocalizedText(en: "Signatures", sv: "Underskrifter"),
    ]

    /// Headings that introduce each section, besides its canonical ones: lower case, as the
    /// importer normalises them. Checked in order; the first section with a match wins.
    public static let variants: [(AgreementSection, [String])] = [
        (
            .parties,
            [
                "parter", "parterna", "avtalsparter", "parter och ombud", "överenskommelsens parter",
                "partnerskapets parter",
                "parties", "the parties", "parties to the agreement", "contracting parties",
            ]
        ),
        (
            .formChoice,
            [
                "val av samverkansform", "val av samverkansmodell", "samverkansform", "samverkansmodell",
                "varför iop", "motiv för iop", "val av form", "choice of form", "choice of model", "why iop",
            ]
        ),
        (
            .problem,
            [
                "problembeskrivning", "problem", "utmaning", "samhällsutmaning", "samhällsutmaningen", "behov",
                "samverkansbehov", "problem description", "problem statement", "the problem", "challenge",
                "societal challenge", "need",
            ]
        ),
        (
            .background,
            [
                "bakgrund", "inledning", "bakgrund och syfte", "syfte", "syfte och bakgrund", "ändamål",
                "background", "introduction", "purpose", "background and purpose", "objective",
            ]
        ),
        (
            .goals,
            [
                "mål", "målsättning", "mål och syfte", "syfte och mål", "mål och förväntat resultat",
                "förväntade resultat", "övergripande mål", "mål och indikatorer", "goals", "goal", "aims", "objectives",
                "goals and objectives", "expected results",
            ]
        ),
        (
            .targetGroup,
            [
                "målgrupp", "målgrupper", "målgrupp och delaktighet", "deltagare", "boendes delaktighet",
                "target group", "target groups", "participants", "beneficiaries",
            ]
        ),
        (
            .activities,
            [
                "verksamhet och aktiviteter", "verksamhet", "aktiviteter", "insatser", "verksamhetens innehåll",
                "genomförande", "activities", "operations", "implementation",
            ]
        ),
        (
            .commitments,
            [
                "åtaganden", "parternas åtaganden", "insatser och åtaganden", "ansvar och åtaganden",
                "åtaganden och ansvar", "parternas ansvar", "commitments", "undertakings", "obligations",
                "responsibilities of the parties", "the parties' commitments",
            ]
        ),
        (
            .resources,
            [
                "resurser", "parternas resurser", "resurser och insatser", "insatta resurser", "resources",
                "contributions", "resources and contributions",
            ]
        ),
        (
            .economy,
            [
                "ekonomi", "finansiering", "ekonomi och finansiering", "budget", "ersättning", "ekonomiska villkor",
                "utbetalning", "budget and payment", "funding", "finance", "financing", "economy",
            ]
        ),
        (
            .principles,
            [
                "principer", "värdegrund", "principer för samverkan", "överenskommelsens principer", "principles",
                "values", "principles of cooperation",
            ]
        ),
        (
            .governance,
            [
                "organisation och styrning", "organisation", "styrgrupp", "styrning", "samverkansformer",
                "organisation för partnerskapet", "ledning och styrning", "samverkan", "governance",
                "organization", "steering group", "steering committee", "management",
            ]
        ),
        (
            .followUp,
            [
                "uppföljning och utvärdering", "uppföljning", "utvärdering", "uppföljning och rapportering",
                "redovisning", "follow-up and evaluation", "follow-up", "follow up", "evaluation", "monitoring",
                "monitoring and evaluation", "reporting",
            ]
        ),
        (.information, ["information", "informationsplikt", "kommunikation", "insyn", "information and openness"]),
        (
            .legalAssessment,
            [
                "rättslig bedömning", "juridisk bedömning", "rättsliga förutsättningar", "juridiska förutsättningar",
                "förhållande till lou", "upphandling och statsstöd", "legal assessment", "legal framework",
                "legal basis",
            ]
        ),
        (.ownership, ["ägarskap", "ägande", "ägarskap och ansvar", "ownership"]),
        (
            .icld,
            [
                "kommunalt partnerskap (icld)", "kommunalt partnerskap", "icld", "municipal partnership (icld)",
                "municipal partnership",
            ]
        ),
        (
            .term,
            [
                "avtalstid", "avtalsperiod", "giltighetstid", "överenskommelsens giltighet", "giltighet",
                "avtalstid och uppsägningstid", "avtalstid och uppsägning", "avtalets giltighetstid", "period",
                "term", "duration", "term of the agreement", "validity", "term and termination",
            ]
        ),
        (
            .termination,
            [
                "uppsägning", "uppsägning och hävning", "hävning", "förtida upphörande", "omförhandling",
                "omförhandling och hävning", "termination", "termination of the agreement", "notice",
            ]
        ),
        (
            .changes,
            [
                "ändringar och tillägg", "ändringar", "ändring", "tillägg och ändringar",
                "ändringar i överenskommelsen",
                "changes", "amendments", "changes and amendments", "variation",
            ]
        ),
        (
            .disputes,
            [
                "tvister", "tvist", "tvistlösning", "hävning och tvist", "omförhandling, hävning och tvist",
                "disputes", "dispute resolution", "dispute",
            ]
        ),
        (
            .contacts,
            ["kontaktpersoner", "kontaktperson", "kontakter", "kontaktuppgifter", "contacts", "contact persons"]
        ),
        (
            .signatures,
            [
                "underskrifter", "underskrift", "undertecknande", "signaturer", "för parterna", "signatures",
                "signature", "signed",
            ]
        ),
    ]

    /// The section a heading introduces, or `nil` when it is not one of the table's.
    public static func section(forHeading heading: String) -> AgreementSection? {
        let key = normalize(heading)
        guard !key.isEmpty else { return nil }
        for (section, names) in variants where names.contains(key) { return section }
        // "Avtalstid och förlängning", "Parter i överenskommelsen": a known heading followed by more words.
        for (section, names) in variants {
            if names.contains(where: { key.hasPrefix($0 + " ") || key.hasPrefix($0 + ",") }) { return section }
        }
        return nil
    }

    /// The language a heading is written in, when it is a canonical or variant heading of one.
    static func language(ofHeading heading: String) -> Language? {
        let key = normalize(heading)
        for text in canonical.values {
            if text.sv != text.en, normalize(text.sv) == key { return .sv }
            if text.sv != text.en, normalize(text.en) == key { return .en }
        }
        return nil
    }

    /// A heading as the table holds it: lower case, without numbering (`1.`, `2.3`, `§ 4`), a
    /// trailing colon or extra spaces.
    public static func normalize(_ heading: String) -> String {
        var text = heading.lowercased().replacingOccurrences(of: "\u{00A0}", with: " ")
        text = text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("§") { text.removeFirst() }
        text = String(text.drop { $0.isNumber || $0 == "." || $0 == " " || $0 == ")" })
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: " :.–-\t"))
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
