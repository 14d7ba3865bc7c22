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

    /// The text when the node is a string (not a number, boolean or null).
    var stringValue: String? {
        if case .string(let text)? = resolved { return text }
        return nil
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

    /// Whether this scalar equals `other` as a value: numbers by value, the rest by text.
    func sameValue(as other: YAMLNode) -> Bool {
        if let a = numberValue, let b = other.numberValue { return a == b }
        guard let a = text, let b = other.text else { return false }
        return a == b
    }
}
