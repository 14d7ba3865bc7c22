/// Every rule known to a run, by id.
public struct RuleRegistry: Sendable {
    /// In id order.
    public private(set) var rules: [any Rule]
    private var index: [RuleID: Int]

    /// - Precondition: ids are unique (rule files are validated before they get here).
    public init(_ rules: [any Rule]) {
        self.rules = rules.sorted { $0.id < $1.id }
        index = Dictionary(uniqueKeysWithValues: self.rules.enumerated().map { ($1.id, $0) })
    }

    /// The rules built into iop-lint: the `format` rules and the built-in packs. The packs are
    /// validated by the test suite, so a failure here is a defect of the build, not of input.
    public static let builtIn: RuleRegistry = {
        do {
            return try RuleSet.load().registry
        } catch {
            fatalError("the built-in rule packs are invalid: \(error)")
        }
    }()

    public subscript(id: RuleID) -> (any Rule)? {
        index[id].map { rules[$0] }
    }

    /// The id closest to a mistyped one, for "did you mean".
    public func suggestion(for text: String) -> RuleID? {
        NameSuggestion.nearest(to: text, among: rules.map(\.id.description)).flatMap(RuleID.init)
    }
}
