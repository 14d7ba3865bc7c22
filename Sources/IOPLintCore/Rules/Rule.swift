/// A check that an agreement can pass or fail.
///
/// Rules written in Swift and rules loaded from rule files implement this same interface; the
/// engine does not know the difference.
public protocol Rule: Sendable {
    var description: RuleDescription { get }

    /// Whether the rule runs on a document that could not be read completely (a YAML syntax
    /// error, a limit exceeded). Only rules about such problems do.
    var checksUnreadableDocuments: Bool { get }

    /// The rule's findings on one document.
    func check(_ document: LintDocument) -> [RuleViolation]
}

extension Rule {
    public var id: RuleID { description.id }
    public var checksUnreadableDocuments: Bool { false }
}
