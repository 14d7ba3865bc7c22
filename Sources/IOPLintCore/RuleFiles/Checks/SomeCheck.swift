/// `some: {SELECTOR: CHECK, …}`: at least one node the selector picks passes the check — "at
/// least one public party contributes a resource", "an idea-based party is among those who took
/// the initiative":
///
/// ```yaml
/// given: initiative.by
/// check:
///   some: { "@[*]": { refers-to: "parties[?type=idea-based].id" } }
/// ```
///
/// A selector that starts with `@` is relative to the node the check runs on (`@[*]`: its
/// items); any other starts at the document, as in `when`, so `some` can also ask about the
/// agreement as a whole (`some: { "parties[?type=public].id": { referenced-by: "resources[*].party" } }`).
/// `@` inside the inner check's selectors still means the node `given` picked. Several entries
/// must all hold. When the selector picks nothing, the check fails. The failure is reported at
/// the node the check runs on (`{{value}}` is its text) with `{{count}}` the number of nodes the
/// selector picked, none of which passed.
struct SomeCheck: Check {
    let entries: [(selector: Selector, check: any Check)]
    var readsProse: Bool { entries.contains { $0.check.readsProse } }

    func evaluate(_ target: CheckTarget, in context: CheckContext) -> [CheckFailure] {
        let current: SelectedNode?
        switch target {
        case .node(let selected): current = selected
        case .missing: current = context.current
        }
        for (selector, check) in entries {
            let matches = selector.select(in: context.document, current: current, memo: context.memo).matches
            if matches.contains(where: { check.evaluate(.node($0), in: context).isEmpty }) { continue }
            let values = ["count": String(matches.count)]
            switch target {
            case .node(let selected): return [CheckFailure(selected, values: values)]
            case .missing(let path): return [CheckFailure(missing: path, in: context, values: values)]
            }
        }
        return []
    }

    /// Reads the map of selector → check.
    static func parse(_ node: RuleFileNode) -> (any Check)? {
        guard let pairs = node.pairs() else { return nil }
        if pairs.isEmpty {
            node.error(
                en: "`some` needs at least one selector with a check",
                sv: "`some` behöver minst en selektor med en kontroll")
            return nil
        }
        var entries: [(selector: Selector, check: any Check)] = []
        var failed = false
        for (_, keyNode, value) in pairs {
            let selector = RuleFileNode(node: keyNode, diagnostics: value.diagnostics, path: value.path).selector()
            let check = CheckParser.parse(value)
            if let selector, let check { entries.append((selector, check)) } else { failed = true }
        }
        return failed ? nil : SomeCheck(entries: entries)
    }
}
