/// Words people write for the values of the format, in Swedish and English, so that
/// `format/type` can say which value they meant: `type: kommun` → `public`.
extension FormatEnumeration {
    /// A value written for `value` in other words (lower-case), or `nil`.
    static func synonym(for value: String) -> Self? {
        synonyms[value.lowercased().trimmingCharacters(in: .whitespaces)]
    }

    /// "did you mean `public`?" for a value said in other words; `nil` otherwise.
    static func synonymHint(for value: String) -> LocalizedText? {
        synonym(for: value).map {
            LocalizedText(en: "did you mean `\($0.rawValue)`?", sv: "menade du `\($0.rawValue)`?")
        }
    }
}

extension PartyType {
    public static var synonyms: [String: PartyType] {
        [
            "kommun": .public, "region": .public, "landsting": .public, "stad": .public, "myndighet": .public,
            "offentlig": .public, "municipality": .public, "authority": .public, "council": .public,
            "förening": .ideaBased, "ideell förening": .ideaBased, "idéburen": .ideaBased, "stiftelse": .ideaBased,
            "trossamfund": .ideaBased, "ideell": .ideaBased, "association": .ideaBased, "ngo": .ideaBased,
            "foundation": .ideaBased, "charity": .ideaBased, "nonprofit": .ideaBased, "non-profit": .ideaBased,
            "bostadsbolag": .housingCompany, "allmännyttan": .housingCompany,
            "allmännyttigt bostadsbolag": .housingCompany,
            "fastighetsägare": .housingCompany, "housing company": .housingCompany, "housing": .housingCompany,
            "företag": .company, "bolag": .company, "aktiebolag": .company, "ab": .company, "business": .company,
            "universitet": .academia, "högskola": .academia, "lärosäte": .academia, "university": .academia,
            "annan": .other, "övrig": .other,
        ]
    }
}

extension AgreementStatus {
    public static var synonyms: [String: AgreementStatus] {
        [
            "utkast": .draft, "förslag": .review, "proposal": .review, "remiss": .review, "granskning": .review,
            "beslutad": .decided, "beslutat": .decided, "antagen": .decided, "undertecknad": .signed,
            "undertecknat": .signed, "signerad": .signed, "signerat": .signed, "avslutad": .ended,
            "avslutat": .ended, "upphörd": .ended,
        ]
    }
}

extension ResourceKind {
    public static var synonyms: [String: ResourceKind] {
        [
            "pengar": .money, "medel": .money, "bidrag": .money, "ekonomiska medel": .money, "personal": .staff,
            "lokal": .premises, "lokaler": .premises, "ideell tid": .volunteers, "ideella timmar": .volunteers,
            "volontärer": .volunteers, "frivilliga": .volunteers, "ideella": .volunteers, "kompetens": .expertise,
            "sakkunskap": .expertise, "material": .inKind, "in kind": .inKind,
        ]
    }
}

extension ResourcePeriod {
    public static var synonyms: [String: ResourcePeriod] {
        ["år": .year, "per år": .year, "årligen": .year, "månad": .month, "per månad": .month, "totalt": .total]
    }
}

extension MandateLevel {
    public static var synonyms: [String: MandateLevel] {
        ["högsta": .highest, "högst": .highest, "delegerad": .delegated, "delegation": .delegated]
    }
}

extension EvaluationType {
    public static var synonyms: [String: EvaluationType] { ["intern": .internal, "extern": .external] }
}

extension PoliticalSide {
    public static var synonyms: [String: PoliticalSide] { ["majoritet": .majority, "oppositionen": .opposition] }
}

extension TermRunning {
    public static var synonyms: [String: TermRunning] {
        [
            "tills vidare": .untilFurtherNotice, "tillsvidare": .untilFurtherNotice,
            "tills-vidare": .untilFurtherNotice, "until further notice": .untilFurtherNotice,
            "indefinite": .untilFurtherNotice, "viss tid": .untilEndDate, "bestämd tid": .untilEndDate,
            "avtalstidens slut": .untilEndDate, "fixed": .untilEndDate, "fixed-term": .untilEndDate,
            "fixed term": .untilEndDate,
        ]
    }
}
