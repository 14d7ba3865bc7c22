import IOPYAML

/// `type: string|number|integer|boolean|date|list|map`.
struct TypeCheck: PredicateCheck {
    enum Kind: String, CaseIterable {
        case string, number, integer, boolean, date, list, map
    }

    let kind: Kind

    func failure(of node: YAMLNode, in context: CheckContext) -> [String: String]? {
        let holds: Bool
        switch kind {
        case .string: holds = node.stringValue != nil
        case .number: holds = node.numberValue != nil
        case .integer: if case .int? = node.resolved { holds = true } else { holds = false }
        case .boolean: if case .bool? = node.resolved { holds = true } else { holds = false }
        case .date: holds = node.dateValue != nil
        case .list: holds = node.sequence != nil
        case .map: holds = node.mapping != nil
        }
        return holds ? nil : ["type": kind.rawValue]
    }
}

/// `one-of: [a, b]`: the value equals one of these.
struct OneOfCheck: PredicateCheck {
    let values: [String]

    func failure(of node: YAMLNode, in context: CheckContext) -> [String: String]? {
        guard let text = node.text, !values.contains(text) else { return node.text == nil ? [:] : nil }
        return ["allowed": values.joined(separator: ", ")]
    }

    /// Without the list of allowed values a failure shows: `kind: { one-of: [iop] }` is the
    /// condition of a pack, asked of every document.
    func passes(_ node: YAMLNode, in context: CheckContext) -> Bool {
        node.text.map(values.contains) ?? false
    }
}

/// `pattern: REGEX` / `not-pattern: REGEX` on text, matched in linear time (``LinearRegex``).
/// `{{match}}` is the text the pattern found.
struct PatternCheck: NodeCheck {
    var readsProse: Bool { true }
    let regex: LinearRegex
    let mustMatch: Bool

    /// A match where none may be (`not-pattern`) is reported at the matched text itself, also
    /// inside a text over several lines, as a term found is; several matches give one failure, at
    /// the first. A text without the match it needs (`pattern`) is reported at the text.
    func evaluate(_ selected: SelectedNode, in context: CheckContext) -> [CheckFailure] {
        guard let text = selected.node.text else { return [] }
        let scalars = TextAnalysis.scalars(of: text)
        let found = regex.firstMatch(in: scalars)
        if mustMatch { return found == nil ? [CheckFailure(selected)] : [] }
        guard let found else { return [] }
        let match = String(String.UnicodeScalarView(scalars[found]))
        return [CheckFailure(selected, piece: found, in: context, values: ["match": match])]
    }
}

/// `min-length` / `max-length`: characters of text, or items of a list.
struct LengthCheck: PredicateCheck {
    let minimum: Int?
    let maximum: Int?

    func failure(of node: YAMLNode, in context: CheckContext) -> [String: String]? {
        let length: Int
        if let items = node.sequence {
            length = items.count
        } else if let text = node.text {
            length = text.count
        } else {
            return nil
        }
        return Bounds.failure(Double(length), minimum: minimum.map(Double.init), maximum: maximum.map(Double.init))
    }
}

/// `min-words` / `max-words`: words of text.
struct WordCountCheck: PredicateCheck {
    var readsProse: Bool { true }
    let minimum: Int?
    let maximum: Int?

    func failure(of node: YAMLNode, in context: CheckContext) -> [String: String]? {
        guard let text = context.document.analysis(of: node) else { return nil }
        let words = text.words.count
        return Bounds.failure(Double(words), minimum: minimum.map(Double.init), maximum: maximum.map(Double.init))
    }
}

/// `minimum` / `maximum`: a number's value.
struct RangeCheck: PredicateCheck {
    let minimum: Double?
    let maximum: Double?

    func failure(of node: YAMLNode, in context: CheckContext) -> [String: String]? {
        guard let value = node.numberValue else { return nil }
        return Bounds.failure(value, minimum: minimum, maximum: maximum)
    }
}

/// Shared by the checks with a lower and an upper bound.
enum Bounds {
    /// `nil` when `value` is within the bounds; else the placeholders `count`, `min`, `max`.
    static func failure(_ value: Double, minimum: Double?, maximum: Double?) -> [String: String]? {
        if let minimum, value < minimum { return values(value, minimum, maximum) }
        if let maximum, value > maximum { return values(value, minimum, maximum) }
        return nil
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    private static func values(_ value: Double, _ minimum: Double?, _ maximum: Double?) -> [String: String] {
        var result = ["count": format(value)]
        result["min"] = minimum.map(format)
        result["max"] = maximum.map(format)
        return result
    }
}
