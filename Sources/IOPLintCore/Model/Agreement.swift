import IOPYAML

/// One agreement, decoded from a YAML document (agreement-format.md, version 1).
///
/// Every field is optional: a draft may be incomplete, and a value of the wrong type is left
/// out. Every value keeps its source range and document path.
public struct Agreement: Sendable {
    public var version: Located<Int>?
    public var id: Located<String>?
    public var title: Located<String>?
    public var kind: Located<AgreementKind>?
    public var language: Located<Language>?
    public var status: Located<AgreementStatus>?
    public var area: Located<String>?
    public var model: Located<CooperationModel>?
    public var parties: [Party]?
    public var signatories: Signatories?
    public var initiative: Initiative?
    public var formChoice: Located<String>?
    public var background: Located<String>?
    public var problem: ProblemSection?
    public var goals: Goals?
    public var targetGroup: TargetGroup?
    public var activities: [Activity]?
    public var commitments: [Commitment]?
    public var resources: [Resource]?
    public var funders: [Funder]?
    public var economy: Economy?
    public var principles: Principles?
    public var governance: Governance?
    public var followUp: FollowUp?
    public var information: Located<String>?
    public var legalAssessment: LegalAssessment?
    public var legalOutcome: [Ruling]?
    public var ownership: Located<String>?
    public var icld: ICLDSection?
    public var term: Term?
    public var termination: Located<String>?
    public var changes: Located<String>?
    public var amendments: [Amendment]?
    public var disputes: Located<String>?
    public var contacts: [Contact]?
    public var signatures: [Signature]?
    /// The whole document.
    public var range: SourceRange

    /// An agreement with nothing in it (the document was not a map).
    public init(range: SourceRange) {
        self.range = range
    }

    /// An agreement with nothing read into it yet (``MappingDecodable``).
    init() {
        self.init(range: SourceRange(at: .start))
    }
}

extension Agreement: MappingDecodable {
    static let section = AgreementFormat.current.section(at: "")

    mutating func read(_ fields: Fields) {
        range = fields.range
        version = fields["iop-lint"]?.integer()
        id = fields["id"]?.id()
        title = fields["title"]?.text()
        kind = fields["kind"]?.enumeration()
        language = fields["language"]?.enumeration()
        status = fields["status"]?.enumeration()
        area = fields["area"]?.text()
        model = fields["model"]?.enumeration()
        parties = fields["parties"]?.list { $0.section(Party.self) }
        signatories = fields["signatories"]?.section()
        initiative = fields["initiative"]?.section()
        formChoice = fields["form-choice"]?.text()
        background = fields["background"]?.text()
        problem = fields["problem"]?.section()
        goals = fields["goals"]?.section()
        targetGroup = fields["target-group"]?.section()
        activities = fields["activities"]?.list { $0.section(Activity.self) }
        commitments = fields["commitments"]?.list { $0.section(Commitment.self) }
        resources = fields["resources"]?.list { $0.section(Resource.self) }
        funders = fields["funders"]?.list { $0.section(Funder.self) }
        economy = fields["economy"]?.section()
        principles = fields["principles"]?.section()
        governance = fields["governance"]?.section()
        followUp = fields["follow-up"]?.section()
        information = fields["information"]?.text()
        legalAssessment = fields["legal-assessment"]?.section()
        legalOutcome = fields["legal-outcome"]?.list { $0.section(Ruling.self) }
        ownership = fields["ownership"]?.text()
        icld = fields["icld"]?.section()
        term = fields["term"]?.section()
        termination = fields["termination"]?.text()
        changes = fields["changes"]?.text()
        amendments = fields["amendments"]?.list { $0.section(Amendment.self) }
        disputes = fields["disputes"]?.text()
        contacts = fields["contacts"]?.list { $0.section(Contact.self) }
        signatures = fields["signatures"]?.list { $0.section(Signature.self) }
    }
}

extension Language: FormatEnumeration {}
