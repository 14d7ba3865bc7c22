import IOPYAML

/// `refers-to: SELECTOR`: the value equals some value the selector picks (e.g. a party id).
struct RefersToCheck: PredicateCheck {
    let selector: Selector

    func failure(of node: YAMLNode, in context: CheckContext) -> [String: String]? {
        guard node.text != nil else { return nil }
        return context.memo.index(of: selector, in: context).count(matching: node) > 0 ? nil : [:]
    }
}

/// `referenced-by: SELECTOR` (or `{selector: SELECTOR, min: N}`): the value appears at least
/// `min` times (default 1) among the values the selector picks — e.g. every party id appears in
/// `resources[*].party`.
struct ReferencedByCheck: PredicateCheck {
    let selector: Selector
    let minimum: Int

    func failure(of node: YAMLNode, in context: CheckContext) -> [String: String]? {
        guard node.text != nil else { return nil }
        let count = context.memo.index(of: selector, in: context).count(matching: node)
        return count >= minimum ? nil : ["count": String(count), "min": String(minimum)]
    }
}
