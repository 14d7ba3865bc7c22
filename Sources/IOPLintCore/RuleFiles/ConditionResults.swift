/// Whether the conditions of rule files hold in one document, each worked out once: a pack's
/// `applies-when` for all its rules, and a rule's whole condition both when the linter asks
/// whether the rule runs and when the rule checks.
final class ConditionResults: Sendable {
    /// Whose condition. Made once, when the rule is, with a number (``KeyNumbers``) that finds
    /// its result among a document's without hashing: it is looked up for every rule in every
    /// document.
    struct Owner: Sendable {
        private enum Kind: Hashable {
            /// A pack's `applies-when`, by the pack's name.
            case pack
            /// A rule's `applies-when` and `when` together, by the rule's id.
            case rule
        }

        private struct Key: Hashable {
            var kind: Kind
            var name: String
        }

        /// The numbers of owners, by kind and name.
        private static let numbers = KeyNumbers<Key>()

        /// The same for equal owners, and different for different ones.
        let number: Int

        private init(kind: Kind, name: String) {
            number = Self.numbers.number(of: Key(kind: kind, name: name))
        }

        /// A pack's `applies-when`, by the pack's name.
        static func pack(_ name: String) -> Owner { Owner(kind: .pack, name: name) }

        /// A rule's `applies-when` and `when` together.
        static func rule(_ id: RuleID) -> Owner { Owner(kind: .rule, name: id.description) }
    }

    private let results = NumberedSlots<Bool>()

    /// Whether `owner`'s condition holds, found by `holds` the first time it is asked for.
    func holds(_ owner: Owner, _ holds: () -> Bool) -> Bool {
        results.value(at: owner.number, make: holds)
    }
}
