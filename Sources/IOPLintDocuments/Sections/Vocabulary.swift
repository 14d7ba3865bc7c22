import Foundation
import IOPLintCore

/// The words a document uses for the values of one enumeration of the agreement format
/// (`resources[].kind: money` is "pengar" in Swedish), and the way back.
public struct Vocabulary: Sendable {
    /// Each value of the format with its words.
    public let words: [(value: String, text: LocalizedText)]
    /// More words that mean a value, as found in documents (lower case).
    public let synonyms: [String: String]

    init(_ words: [(String, LocalizedText)], synonyms: [String: String] = [:]) {
        self.words = words.map { (value: $0.0, text: $0.1) }
        self.synonyms = synonyms
    }

    /// The word for `value` in `language`; the value itself when the table has none.
    public func word(for value: String, in language: Language) -> String {
        words.first { $0.value == value }?.text[language] ?? value
    }

    /// The value a word means, in either language, whatever its case; `nil` for none.
    public func value(for word: String) -> String? {
        let key = word.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        if let found = words.first(where: { $0.text.sv.lowercased() == key || $0.text.en.lowercased() == key }) {
            return found.value
        }
        if words.contains(where: { $0.value == key }) { return key }
        return synonyms[key]
    }
}

extension Vocabulary {
    static let kind = Vocabulary([
        ("iop", LocalizedText(en: "Idea-based public partnership (IOP)", sv: "Idéburet offentligt partnerskap (IOP)")),
        ("overenskommelse", LocalizedText(en: "Compact (överenskommelse)", sv: "Överenskommelse")),
        (
            "kommunalt-partnerskap",
            LocalizedText(en: "Municipal partnership (ICLD)", sv: "Kommunalt partnerskap (ICLD)")
        ),
        ("samverkan", LocalizedText(en: "Cooperation in a housing area", sv: "Samverkan i bostadsområde")),
    ])

    static let partyType = Vocabulary(
        [
            ("idea-based", LocalizedText(en: "idea-based organisation", sv: "idéburen organisation")),
            ("public", LocalizedText(en: "public body", sv: "offentlig part")),
            ("housing-company", LocalizedText(en: "housing company", sv: "bostadsbolag")),
            ("company", LocalizedText(en: "company", sv: "företag")),
            ("academia", LocalizedText(en: "university", sv: "lärosäte")),
            ("other", LocalizedText(en: "other", sv: "annan")),
        ],
        synonyms: ["förening": "idea-based", "ideell förening": "idea-based", "kommun": "public", "region": "public"])

    static let role = Vocabulary([
        ("voice", LocalizedText(en: "voice", sv: "röstbärare")),
        ("service", LocalizedText(en: "service provider", sv: "utförare")),
        ("community-builder", LocalizedText(en: "community builder", sv: "gemenskapsbyggare")),
    ])

    static let mandateLevel = Vocabulary([
        ("highest", LocalizedText(en: "highest decision level", sv: "högsta beslutsnivå")),
        ("delegated", LocalizedText(en: "delegated", sv: "delegation")),
    ])

    static let stage = Vocabulary([
        ("planning", LocalizedText(en: "planning", sv: "planering")),
        ("implementation", LocalizedText(en: "implementation", sv: "genomförande")),
        ("steering", LocalizedText(en: "steering", sv: "styrning")),
        ("follow-up", LocalizedText(en: "follow-up", sv: "uppföljning")),
    ])

    static let resourceKind = Vocabulary(
        [
            ("money", LocalizedText(en: "money", sv: "pengar")),
            ("staff", LocalizedText(en: "staff", sv: "personal")),
            ("premises", LocalizedText(en: "premises", sv: "lokaler")),
            ("volunteers", LocalizedText(en: "volunteers", sv: "volontärer")),
            ("in-kind", LocalizedText(en: "in kind", sv: "varor och tjänster")),
            ("expertise", LocalizedText(en: "expertise", sv: "kompetens")),
        ],
        synonyms: ["medel": "money", "bidrag": "money", "ideella krafter": "volunteers", "lokal": "premises"])

    static let period = Vocabulary(
        [
            ("year", LocalizedText(en: "per year", sv: "per år")),
            ("month", LocalizedText(en: "per month", sv: "per månad")),
            ("total", LocalizedText(en: "in total", sv: "totalt")),
        ],
        synonyms: ["år": "year", "årligen": "year", "månad": "month", "year": "year", "month": "month"])

    static let frequency = Vocabulary([
        ("monthly", LocalizedText(en: "monthly", sv: "månadsvis")),
        ("quarterly", LocalizedText(en: "quarterly", sv: "kvartalsvis")),
        ("yearly", LocalizedText(en: "yearly", sv: "årligen")),
    ])

    static let evaluationType = Vocabulary([
        ("internal", LocalizedText(en: "internal", sv: "intern")),
        ("external", LocalizedText(en: "external", sv: "extern")),
    ])

    static let side = Vocabulary([
        ("majority", LocalizedText(en: "majority", sv: "majoritet")),
        ("opposition", LocalizedText(en: "opposition", sv: "opposition")),
    ])

    static let model = Vocabulary([
        ("iop", LocalizedText(en: "IOP", sv: "IOP")),
        ("bid", LocalizedText(en: "BID (property owners' association)", sv: "BID (fastighetsägarförening)")),
        (
            "est",
            LocalizedText(en: "EST (Effective coordination for safety)", sv: "EST (Effektiv samordning för trygghet)")
        ),
        ("other", LocalizedText(en: "another model", sv: "annan modell")),
    ])

    static let coreArea = Vocabulary([
        ("equity", LocalizedText(en: "equity", sv: "jämlikhet")),
        ("participation", LocalizedText(en: "participation", sv: "deltagande")),
        ("transparency", LocalizedText(en: "transparency", sv: "transparens")),
        ("accountability", LocalizedText(en: "accountability", sv: "ansvarsutkrävande")),
    ])

    static let teamRole = Vocabulary([
        ("coordinator", LocalizedText(en: "coordinator", sv: "koordinator")),
        ("project-manager", LocalizedText(en: "project manager", sv: "projektledare")),
        ("civil-servant", LocalizedText(en: "civil servant", sv: "tjänsteperson")),
        ("politician", LocalizedText(en: "politician", sv: "politiker")),
        ("expert", LocalizedText(en: "expert", sv: "expert")),
    ])

    static let termRuns = Vocabulary(
        [
            (
                "until-end-date",
                LocalizedText(
                    en: "ends on the end date without notice", sv: "upphör vid avtalstidens slut utan uppsägning")
            ),
            ("until-further-notice", LocalizedText(en: "until further notice", sv: "tills vidare")),
        ],
        synonyms: ["tillsvidare": "until-further-notice", "viss tid": "until-end-date"])

    static let yesNo = Vocabulary(
        [("true", LocalizedText(en: "yes", sv: "ja")), ("false", LocalizedText(en: "no", sv: "nej"))])
}
