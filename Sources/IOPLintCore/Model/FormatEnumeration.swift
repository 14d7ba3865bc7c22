/// A closed set of values of the agreement format.
public protocol FormatEnumeration: RawRepresentable<String>, CaseIterable, Sendable, Hashable {
    /// A hint for a value outside the set, more helpful than "did you mean" (e.g. why it is
    /// not allowed); `nil` for none.
    static func hint(for value: String) -> LocalizedText?
    /// What people write for a value in other words, in Swedish or English, lower-case
    /// (`kommun` for `public`); `format/type` then says which value they meant.
    static var synonyms: [String: Self] { get }
}

extension FormatEnumeration {
    public static func hint(for value: String) -> LocalizedText? { synonymHint(for: value) }
    public static var synonyms: [String: Self] { [:] }
}

/// `kind`: which form of agreement, which decides the packs that apply.
public enum AgreementKind: String, FormatEnumeration {
    case iop, overenskommelse, kommunaltPartnerskap = "kommunalt-partnerskap", samverkan
}

/// `status` of the agreement.
public enum AgreementStatus: String, FormatEnumeration {
    case draft, review, decided, signed, ended
}

/// `model`: the cooperation model chosen in a housing area.
public enum CooperationModel: String, FormatEnumeration {
    case iop, bid, est, other
}

/// `parties[].type`.
public enum PartyType: String, FormatEnumeration {
    case ideaBased = "idea-based", `public`, housingCompany = "housing-company", company, academia, other
}

/// `term.runs`: how the agreement ends when nobody gives notice.
public enum TermRunning: String, FormatEnumeration {
    case untilEndDate = "until-end-date", untilFurtherNotice = "until-further-notice"
}

/// `parties[].roles`: the idea-based party's roles.
public enum PartyRole: String, FormatEnumeration {
    case voice, service, communityBuilder = "community-builder"
}

/// `parties[].mandate.level`.
public enum MandateLevel: String, FormatEnumeration {
    case highest, delegated
}

/// `target-group.participation[].stage`.
public enum ParticipationStage: String, FormatEnumeration {
    case planning, implementation, steering, followUp = "follow-up"
}

/// `resources[].kind`.
public enum ResourceKind: String, FormatEnumeration {
    case money, staff, premises, volunteers, inKind = "in-kind", expertise
}

/// `resources[].per`.
public enum ResourcePeriod: String, FormatEnumeration {
    case year, month, total
}

/// `governance.steering-group[].side`.
public enum PoliticalSide: String, FormatEnumeration {
    case majority, opposition
}

/// `follow-up.evaluation.type`.
public enum EvaluationType: String, FormatEnumeration {
    case `internal`, external
}

/// `icld.core-areas`: ICLD's four core areas.
public enum ICLDCoreArea: String, FormatEnumeration {
    case equity, participation, transparency, accountability

    public static func hint(for value: String) -> LocalizedText? {
        guard value.lowercased() == "representation" else { return nil }
        return LocalizedText(
            en: "representation is not an ICLD core area", sv: "representation är inte ett av ICLD:s kärnområden")
    }
}

/// `icld.team[].role`.
public enum ICLDTeamRole: String, FormatEnumeration {
    case coordinator, projectManager = "project-manager", civilServant = "civil-servant", politician, expert
}
