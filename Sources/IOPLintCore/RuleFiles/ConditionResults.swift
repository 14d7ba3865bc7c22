import Synchronization

/// Whether the conditions of rule files hold in one document, each worked out once: a pack's
/// `applies-when` for all its rules, and a rule's whole condition both when the linter asks
/// whether the rule runs and when the rule checks.
final class ConditionResults: Sendable {
    /// Whose condition. Made once, when the rule is, with its hash worked out then: it is looked
    /// up for every rule in every document.
    struct Owner: Hashable, Sendable {
        private enum Kind: Hashable {
            /// A pack's `applies-when`, by the pack's name.
            case pack
            /// A rule's `applies-when` and `when` together, by the rule's id.
            case rule
        }

        private let kind: Kind
        private let name: String
        private let precomputedHash: Int

        private init(kind: Kind, name: String) {
            self.kind = kind
            self.name = name
            var hasher = Hasher()
            hasher.combine(kind)
            hasher.combine(name)
            precomputedHash = hasher.finalize()
        }

        /// A pack's `applies-when`, by the pack's name.
        static func pack(_ name: String) -> Owner { Owner(kind: .pack, name: name) }

        /// A rule's `applies-when` and `when` together.
        static func rule(_ id: RuleID) -> Owner { Owner(kind: .rule, name: id.description) }

        func hash(into hasher: inout Hasher) { hasher.combine(precomputedHash) }

        static func == (lhs: Owner, rhs: Owner) -> Bool {
            lhs.precomputedHash == rhs.precomputedHash && lhs.kind == rhs.kind && lhs.name == rhs.name
        }
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
