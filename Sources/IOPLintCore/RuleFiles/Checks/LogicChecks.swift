/// `all-of: [CHECK, …]`, and a check map with several keys: every check holds. Failures of
/// all of them are reported, but one target gives at most one failure per check.
struct AllOfCheck: Check {
    let checks: [any Check]
    var readsProse: Bool { checks.contains { $0.readsProse } }

    func evaluate(_ target: CheckTarget, in context: CheckContext) -> [CheckFailure] {
        firstFailures { $0.evaluate(target, in: context) }
    }

    func evaluate(node selected: SelectedNode, in context: CheckContext) -> [CheckFailure] {
        firstFailures { $0.evaluate(node: selected, in: context) }
    }

    func holds(for selected: SelectedNode, in context: CheckContext) -> Bool {
        checks.allSatisfy { $0.holds(for: selected, in: context) }
    }

    /// The failures of the first check that fails: a node that fails several checks gives one
    /// finding.
    private func firstFailures(_ evaluate: (any Check) -> [CheckFailure]) -> [CheckFailure] {
        for check in checks {
            let failures = evaluate(check)
            if !failures.isEmpty { return failures }
        }
        return []
    }
}

/// `any-of: [CHECK, …]`: at least one check holds; else the failures of the first.
struct AnyOfCheck: Check {
    let checks: [any Check]
    var readsProse: Bool { checks.contains { $0.readsProse } }

    func evaluate(_ target: CheckTarget, in context: CheckContext) -> [CheckFailure] {
        var first: [CheckFailure]?
        for check in checks {
            let failures = check.evaluate(target, in: context)
            if failures.isEmpty { return [] }
            first = first ?? failures
        }
        return first ?? []
    }

    func holds(for selected: SelectedNode, in context: CheckContext) -> Bool {
        checks.contains { $0.holds(for: selected, in: context) }
    }
}

/// `not: CHECK`: the check fails.
struct NotCheck: Check {
    let check: any Check
    var readsProse: Bool { check.readsProse }

    func evaluate(_ target: CheckTarget, in context: CheckContext) -> [CheckFailure] {
        guard check.evaluate(target, in: context).isEmpty else { return [] }
        switch target {
        case .node(let selected): return [CheckFailure(selected)]
        case .missing(let path): return [CheckFailure(missing: path, in: context)]
        }
    }

    func holds(for selected: SelectedNode, in context: CheckContext) -> Bool {
        !check.holds(for: selected, in: context)
    }
}

/// `@.field: CHECK` inside a check: runs the check on what a relative selector picks from the
/// target (e.g. `given: parties[*]` with `@.mandate.date: {before: "signatures[?party=@.id].date"}`).
/// `@` in the inner check's selectors still means the node `given` picked.
struct RelativeCheck: Check {
    let selector: Selector
    let check: any Check
    var readsProse: Bool { check.readsProse }

    func evaluate(_ target: CheckTarget, in context: CheckContext) -> [CheckFailure] {
        guard case .node(let selected) = target else { return [] }
        let selection = selector.select(in: context.document, current: selected, memo: context.memo)
        return selection.matches.flatMap { check.evaluate(node: $0, in: context) }
            + selection.missing.flatMap { check.evaluate(.missing($0), in: context) }
    }
}
