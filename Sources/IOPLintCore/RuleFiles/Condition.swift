/// When a pack or a rule runs (`applies-when`, `when`): a map from selector to check, where
/// every entry must hold, and `any-of`, `all-of`, `not` to combine such maps.
///
/// A selector holds when it matches at least one node and the check holds for every match.
indirect enum Condition: Sendable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    case matches(Selector, any Check)

    func holds(in document: LintDocument, current: SelectedNode? = nil) -> Bool {
        switch self {
        case .all(let conditions): return conditions.allSatisfy { $0.holds(in: document, current: current) }
        case .any(let conditions): return conditions.contains { $0.holds(in: document, current: current) }
        case .not(let condition): return !condition.holds(in: document, current: current)
        case .matches(let selector, let check):
            let matches = selector.select(in: document, current: current).matches
            let context = CheckContext(document: document, current: current)
            return !matches.isEmpty && matches.allSatisfy { check.holds(for: $0, in: context) }
        }
    }

    /// Reads a condition map.
    static func parse(_ node: RuleFileNode) -> Condition? {
        guard let pairs = node.pairs() else { return nil }
        var conditions: [Condition] = []
        var failed = false
        for (key, keyNode, value) in pairs {
            let condition: Condition?
            switch key {
            case "any-of", "all-of":
                let items = value.items()?.compactMap(parse)
                condition = items.map { key == "any-of" ? .any($0) : .all($0) }
                if let items, items.count != value.node.sequence?.count { failed = true }
            case "not":
                condition = parse(value).map { .not($0) }
            default:
                let selectorNode = RuleFileNode(node: keyNode, diagnostics: node.diagnostics, path: value.path)
                let selector = selectorNode.selector()
                let check = CheckParser.parse(value)
                condition = selector.flatMap { selector in check.map { .matches(selector, $0) } }
            }
            if let condition { conditions.append(condition) } else { failed = true }
        }
        guard !failed else { return nil }
        return conditions.count == 1 ? conditions[0] : .all(conditions)
    }
}
