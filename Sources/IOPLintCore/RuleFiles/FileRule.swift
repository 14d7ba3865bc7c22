import IOPYAML

/// A rule written in a rule file: a selector (`given`), a check, and the conditions under
/// which it runs. It implements the same ``Rule`` interface as rules written in Swift.
struct FileRule: Rule {
    let description: RuleDescription
    /// The pack's `applies-when`.
    let packCondition: Condition?
    /// The rule's own `when`.
    let condition: Condition?
    /// Where the check runs; `$` when the rule gives none.
    let given: [Selector]
    let check: any Check

    func applies(to document: LintDocument) -> Bool {
        (packCondition?.holds(in: document) ?? true) && (condition?.holds(in: document) ?? true)
    }

    func check(_ document: LintDocument) -> [RuleViolation] {
        guard applies(to: document) else { return [] }
        var violations: [RuleViolation] = []
        let memo = SelectionMemo()
        for selector in given {
            let selection = selector.select(in: document)
            for match in selection.matches {
                let context = CheckContext(document: document, current: match, memo: memo)
                violations += check.evaluate(.node(match), in: context).map(violation)
            }
            let context = CheckContext(document: document, current: nil, memo: memo)
            for path in selection.missing {
                violations += check.evaluate(.missing(path), in: context).map(violation)
            }
        }
        return violations
    }

    private func violation(_ failure: CheckFailure) -> RuleViolation {
        var values = failure.values
        values["path"] = values["path"] ?? failure.path.description
        return RuleViolation(
            message: description.message.map { template, language in
                MessageTemplate.render(template, values: MessageTemplate.values(values, in: language))
            },
            path: failure.path, range: failure.range, isMissing: failure.isMissing)
    }
}
