/// A check that an agreement can pass or fail.
///
/// Rules written in Swift and rules loaded from rule files implement this same interface; the
/// engine does not know the difference.
public protocol Rule: Sendable {
    var description: RuleDescription { get }

    /// The rule's id, ``description``'s (a rule may give it without copying its description).
    var id: RuleID { get }

    /// Whether the rule runs on a document that could not be read completely (a YAML syntax
    /// error, a limit exceeded). Only rules about such problems do.
    var checksUnreadableDocuments: Bool { get }

    /// Whether the rule is about `document` at all: a rule of a pack whose `applies-when`, or
    /// with a `when`, that the document does not meet checks nothing there. Reports count the
    /// rules that apply as the checks made (the junit format's test cases).
    func applies(to document: LintDocument) -> Bool

    /// The rule's findings on one document.
    func check(_ document: LintDocument) -> [RuleViolation]
}

extension Rule {
    public var id: RuleID { description.id }
    public var checksUnreadableDocuments: Bool { false }
    public func applies(to document: LintDocument) -> Bool { true }

    /// Whether the rule runs on `document` and is about it: the document can be read (or the
    /// rule is about documents that cannot) and ``applies(to:)``.
    public func runs(on document: LintDocument) -> Bool {
        (document.isReadable || checksUnreadableDocuments) && applies(to: document)
    }
}
