import IOPYAML

/// One step of a selector, applied in turn to every node the steps before it reached.
enum SelectorStep: Sendable, Hashable {
    /// `.key` or `["key"]`: the value under a key of a mapping.
    case key(String)
    /// `[N]`: one item of a list, 0-based.
    case index(Int)
    /// `[*]`: every item of a list.
    case everyItem
    /// `*`: every value of a mapping, or every item of a list.
    case everyChild
    /// `**`: the node itself and every node below it, at any depth.
    case descendants
    /// `[?field=value]`, `[?field!=value]`: the items of a list for which the filter holds.
    case filter(SelectorFilter)
}

/// The test inside `[?…]`: a field of the item compared with a value.
struct SelectorFilter: Sendable, Hashable {
    enum Comparison: Sendable, Hashable {
        case equal, notEqual
    }

    /// What the field is compared with.
    enum Operand: Sendable, Hashable {
        /// A value written in the selector, as a scalar node: plain for bare words (so `4`,
        /// `true` and `null` resolve as in YAML), double-quoted for quoted text.
        case literal(YAMLNode)
        /// `@` or `@.a.b`: a value of the node the check runs on, by its keys.
        case reference([String])
    }

    /// The keys from the item to the compared value (`mandate.level` → `["mandate", "level"]`).
    var field: [String]
    var comparison: Comparison
    var operand: Operand

    /// Whether an item passes whose field is `value` (`nil` when the item has no such field),
    /// compared with the operand's node. An absent field fails `=` and passes `!=`.
    func holds(field value: YAMLNode?, operand: YAMLNode) -> Bool {
        let equal = value.map { $0.isSameScalar(as: operand) } ?? false
        return comparison == .equal ? equal : !equal
    }
}
