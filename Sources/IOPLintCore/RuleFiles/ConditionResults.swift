import Synchronization

/// Whether the conditions of rule files hold in one document, each worked out once: a pack's
/// `applies-when` for all its rules, and a rule's whole condition both when the linter asks
/// whether the rule runs and when the rule checks.
final class ConditionResults: Sendable {
    /// Whose condition.
    enum Owner: Hashable {
        /// A pack's `applies-when`, by the pack's name.
        case pack(String)
        /// A rule's `applies-when` and `when` together.
        case rule(RuleID)
    }

    private let results = Mutex<[Owner: Bool]>([:])

    /// Whether `owner`'s condition holds, found by `holds` the first time it is asked for.
    func holds(_ owner: Owner, _ holds: () -> Bool) -> Bool {
        if let known = results.withLock({ $0[owner] }) { return known }
        let result = holds()
        results.withLock { $0[owner] = result }
        return result
    }
}
