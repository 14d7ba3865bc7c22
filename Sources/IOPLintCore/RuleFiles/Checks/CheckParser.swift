import IOPYAML

/// Reads a check map of a rule file (`{non-empty: true, min-words: 25}`) into a ``Check``,
/// reporting unknown checks (with "did you mean"), bad values and invalid regexes and selectors.
enum CheckParser {
    /// The names of every check, for "did you mean" and the docs.
    static let names = [
        "present", "non-empty", "type", "one-of", "pattern", "not-pattern", "min-length", "max-length", "min-words",
        "max-words", "minimum", "maximum", "terms-absent", "terms-present", "no-placeholders", "readability", "count",
        "unique", "refers-to", "referenced-by", "after", "before", "min-duration", "max-duration", "org-number",
        "has-keys", "max-sentence-words", "some", "all-of", "any-of", "not",
    ]

    /// The check a map describes; every key must hold. `nil` after reporting an error.
    static func parse(_ node: RuleFileNode) -> (any Check)? {
        guard let pairs = node.pairs() else { return nil }
        if pairs.isEmpty {
            node.error(en: "a check needs at least one condition", sv: "en kontroll behöver minst ett villkor")
            return nil
        }
        var checks: [any Check] = []
        var failed = false
        var handled: Set<String> = []
        for (key, keyNode, value) in pairs {
            if handled.contains(key) { continue }
            let check: (any Check)?
            if key.hasPrefix("@") {
                check = relative(key, keyNode: keyNode, value: value)
            } else if let paired = pairedCheck(key, pairs: pairs) {
                handled.formUnion(paired.keys)
                check = paired.check
            } else {
                check = single(key, keyNode: keyNode, value: value)
            }
            if let check { checks.append(check) } else { failed = true }
        }
        guard !failed else { return nil }
        return checks.count == 1 ? checks[0] : AllOfCheck(checks: checks)
    }

    /// A list of check maps (`all-of`, `any-of`).
    private static func list(_ node: RuleFileNode) -> [any Check]? {
        guard let items = node.items() else { return nil }
        let checks = items.compactMap(parse)
        return checks.count == items.count ? checks : nil
    }

    private static func relative(_ key: String, keyNode: YAMLNode, value: RuleFileNode) -> (any Check)? {
        let selectorNode = RuleFileNode(node: keyNode, diagnostics: value.diagnostics, path: value.path)
        guard let selector = selectorNode.selector(), let check = parse(value) else { return nil }
        return RelativeCheck(selector: selector, check: check)
    }

    /// Checks whose bounds may be written as two keys (`min-length` with `max-length`).
    private static func pairedCheck(
        _ key: String, pairs: [(key: String, keyNode: YAMLNode, value: RuleFileNode)]
    ) -> (keys: [String], check: (any Check)?)? {
        let bounds: [(String, String)] = [
            ("min-length", "max-length"), ("min-words", "max-words"), ("minimum", "maximum"),
        ]
        guard let (low, high) = bounds.first(where: { $0.0 == key || $0.1 == key }) else { return nil }
        let lowNode = pairs.first { $0.key == low }?.value
        let highNode = pairs.first { $0.key == high }?.value
        switch low {
        case "minimum":
            let minimum = lowNode.map { $0.number() }, maximum = highNode.map { $0.number() }
            if minimum == .some(nil) || maximum == .some(nil) { return ([low, high], nil) }
            if let lowNode, let minimum = minimum ?? nil, let maximum = maximum ?? nil,
                !Self.bounds(low, minimum, high, maximum, at: lowNode)
            {
                return ([low, high], nil)
            }
            return ([low, high], RangeCheck(minimum: minimum ?? nil, maximum: maximum ?? nil))
        default:
            let minimum = lowNode.map { $0.integer() }, maximum = highNode.map { $0.integer() }
            if minimum == .some(nil) || maximum == .some(nil) { return ([low, high], nil) }
            if let lowNode, let minimum = minimum ?? nil, let maximum = maximum ?? nil,
                !Self.bounds(low, Double(minimum), high, Double(maximum), at: lowNode)
            {
                return ([low, high], nil)
            }
            let check: any Check =
                low == "min-length"
                ? LengthCheck(minimum: minimum ?? nil, maximum: maximum ?? nil)
                : WordCountCheck(minimum: minimum ?? nil, maximum: maximum ?? nil)
            return ([low, high], check)
        }
    }

    // swiftlint:disable:next cyclomatic_complexity
    private static func single(_ key: String, keyNode: YAMLNode, value: RuleFileNode) -> (any Check)? {
        switch key {
        case "present": return requireTrue(value).map { _ in PresentCheck() }
        case "non-empty": return requireTrue(value).map { _ in NonEmptyCheck() }
        case "no-placeholders": return requireTrue(value).map { _ in NoPlaceholdersCheck() }
        case "org-number": return requireTrue(value).map { _ in OrgNumberCheck() }
        case "type":
            guard let name = value.string() else { return nil }
            guard let kind = TypeCheck.Kind(rawValue: name) else {
                value.error(
                    en:
                        "unknown type `\(name)`; use one of \(TypeCheck.Kind.allCases.map(\.rawValue).joined(separator: ", "))",
                    sv:
                        "okänd typ `\(name)`; använd en av \(TypeCheck.Kind.allCases.map(\.rawValue).joined(separator: ", "))"
                )
                return nil
            }
            return TypeCheck(kind: kind)
        case "one-of":
            guard value.node.sequence != nil else {
                value.error(
                    en: "`one-of` must be a list of values (`one-of: [a, b]`)",
                    sv: "`one-of` ska vara en lista av värden (`one-of: [a, b]`)")
                return nil
            }
            return value.strings().map { OneOfCheck(values: $0) }
        case "pattern", "not-pattern":
            guard let regex = value.regex() else { return nil }
            return PatternCheck(regex: regex, mustMatch: key == "pattern")
        case "terms-absent", "terms-present": return TermsCheck.parse(value, absent: key == "terms-absent")
        case "readability": return ReadabilityCheck.parse(value)
        case "count": return count(value)
        case "unique":
            if case .bool(true)? = value.node.resolved { return UniqueCheck(field: nil) }
            return value.string().map { UniqueCheck(field: $0) }
        case "refers-to": return value.selector().map { RefersToCheck(selector: $0) }
        case "referenced-by": return referencedBy(value)
        case "after", "before":
            return value.selector().map { DateOrderCheck(order: key == "after" ? .after : .before, selector: $0) }
        case "min-duration", "max-duration": return duration(value, isMinimum: key == "min-duration")
        case "has-keys": return HasKeysCheck.parse(value)
        case "max-sentence-words": return value.integer(minimum: 1).map { SentenceLengthCheck(maximum: $0) }
        case "some": return SomeCheck.parse(value)
        case "all-of": return list(value).map { AllOfCheck(checks: $0) }
        case "any-of": return list(value).map { AnyOfCheck(checks: $0) }
        case "not": return parse(value).map { NotCheck(check: $0) }
        default:
            let hint = NameSuggestion.nearest(to: key, among: names)
            value.diagnostics.error(
                LocalizedText(en: "unknown check `\(key)`", sv: "okänd kontroll `\(key)`").suggesting(hint),
                at: keyNode.range.start)
            return nil
        }
    }

    private static func requireTrue(_ value: RuleFileNode) -> Bool? {
        guard let flag = value.boolean() else { return nil }
        guard flag else {
            value.error(en: "only `true` is meaningful here", sv: "bara `true` är meningsfullt här")
            return nil
        }
        return true
    }

    /// Whether a lower bound `low` and an upper bound `high` leave room for a value; when they do
    /// not, the lower bound is reported, since no value could ever pass the check.
    private static func bounds(
        _ low: String, _ minimum: Double, _ high: String, _ maximum: Double, at node: RuleFileNode
    ) -> Bool {
        guard minimum > maximum else { return true }
        let (shownLow, shownHigh) = (Bounds.format(minimum), Bounds.format(maximum))
        node.error(
            en: "`\(low)` (\(shownLow)) is greater than `\(high)` (\(shownHigh)): no value could pass",
            sv: "`\(low)` (\(shownLow)) är större än `\(high)` (\(shownHigh)): inget värde kan godkännas")
        return false
    }

    private static func count(_ value: RuleFileNode) -> (any Check)? {
        guard let fields = value.fields(allowed: ["min", "max", "where"]) else { return nil }
        let minimum = fields["min"].map { $0.integer() }, maximum = fields["max"].map { $0.integer() }
        if minimum == .some(nil) || maximum == .some(nil) { return nil }
        if let lowNode = fields["min"], let minimum = minimum ?? nil, let maximum = maximum ?? nil,
            !Self.bounds("min", Double(minimum), "max", Double(maximum), at: lowNode)
        {
            return nil
        }
        var conditions: [(DocumentPath, String)] = []
        if let whereNode = fields["where"] {
            guard let pairs = whereNode.pairs() else { return nil }
            for (field, _, expected) in pairs {
                guard let text = expected.string() else { return nil }
                let path = DocumentPath(field.split(separator: ".").map { .key(String($0)) })
                conditions.append((path, text))
            }
        }
        return CountCheck(minimum: minimum ?? nil, maximum: maximum ?? nil, conditions: conditions)
    }

    private static func referencedBy(_ value: RuleFileNode) -> (any Check)? {
        if value.node.scalar != nil { return value.selector().map { ReferencedByCheck(selector: $0, minimum: 1) } }
        guard let fields = value.fields(allowed: ["selector", "min"], required: ["selector"]),
            let selector = fields["selector"]?.selector()
        else { return nil }
        let minimum = fields["min"].map { $0.integer(minimum: 1) } ?? 1
        return minimum.map { ReferencedByCheck(selector: selector, minimum: $0) }
    }

    private static func duration(_ value: RuleFileNode, isMinimum: Bool) -> (any Check)? {
        guard let fields = value.fields(allowed: ["years", "months"]) else { return nil }
        let years = fields["years"].map { $0.integer() } ?? 0
        let months = fields["months"].map { $0.integer() } ?? 0
        guard let years, let months else { return nil }
        return DurationCheck(years: years, months: months, isMinimum: isMinimum)
    }
}
