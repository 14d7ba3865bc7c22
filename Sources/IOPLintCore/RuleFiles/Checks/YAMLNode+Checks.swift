import IOPYAML

extension YAMLNode {
    /// Null, empty or whitespace-only text, an empty list or an empty map.
    var isBlank: Bool {
        switch content {
        case .scalar(let scalar): isNull || scalar.value.allSatisfy(\.isWhitespace)
        case .sequence(let items): items.isEmpty
        case .mapping(let pairs): pairs.isEmpty
        }
    }

    /// The scalar's text, unless it is null.
    var text: String? {
        guard let scalar, !isNull else { return nil }
        return scalar.value
    }

    /// The number when the node is one.
    var numberValue: Double? {
        switch resolved {
        case .int(let value)?: Double(value)
        case .float(let value)?: value
        default: nil
        }
    }

    /// The date when the node is a `YYYY-MM-DD` date.
    var dateValue: CalendarDate? {
        stringValue.flatMap(CalendarDate.init(iso:))
    }

    /// Whether this node and `other` are equal scalars: two numbers by value, two booleans by
    /// value, two nulls always, anything else by its text. Lists and maps never equal anything.
    /// Filters (`[?party=@.id]`) and references (`refers-to`, `referenced-by`) compare with it.
    func isSameScalar(as other: YAMLNode) -> Bool {
        guard let left = scalar, let right = other.scalar, let leftValue = resolved, let rightValue = other.resolved
        else { return false }
        return ResolvedScalar.same(leftValue, written: left.value, as: rightValue, written: right.value)
    }
}

extension ResolvedScalar {
    /// Whether two scalars, resolved and as written, are equal as ``YAMLNode/isSameScalar(as:)``
    /// compares them (``ScalarIndex`` compares its short lists with it too).
    static func same(
        _ left: ResolvedScalar, written leftText: String, as right: ResolvedScalar, written rightText: String
    )
        -> Bool
    {
        switch (left, right) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.int(let a), .float(let b)): Double(a) == b
        case (.float(let a), .int(let b)): a == Double(b)
        case (.float(let a), .float(let b)): a == b
        default: leftText == rightText
        }
    }
}
