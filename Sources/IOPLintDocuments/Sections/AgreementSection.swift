import IOPLintCore

/// A section of an agreement as a document shows it: a heading and the keys of the agreement
/// format it holds. The order of the cases is the order sections are rendered in.
public enum AgreementSection: String, CaseIterable, Sendable {
    case parties
    case background
    case formChoice = "form-choice"
    case problem
    case goals
    case targetGroup = "target-group"
    case activities
    case commitments
    case resources
    case economy
    case principles
    case governance
    case followUp = "follow-up"
    case information
    case legalAssessment = "legal-assessment"
    case ownership
    case icld
    case term
    case termination
    case changes
    case disputes
    case contacts
    case signatures

    /// The heading a rendered document gives the section, in `language`.
    public func heading(in language: Language) -> String {
        SectionHeadings.canonical[self]![language]
    }

    /// The key of the agreement format a section's free text goes to, when it has one.
    public var textKey: [String]? {
        switch self {
        case .background: ["background"]
        case .formChoice: ["form-choice"]
        case .problem: ["problem", "statement"]
        case .goals: ["goals", "overall"]
        case .targetGroup: ["target-group", "description"]
        case .governance: ["governance", "responsibilities"]
        case .followUp: ["follow-up", "what"]
        case .information: ["information"]
        case .ownership: ["ownership"]
        case .term: ["term", "extension"]
        case .termination: ["termination"]
        case .changes: ["changes"]
        case .disputes: ["disputes"]
        case .economy: ["economy", "payment"]
        case .legalAssessment: ["legal-assessment", "procurement"]
        case .parties, .activities, .commitments, .resources, .principles, .icld, .contacts, .signatures: nil
        }
    }
}
