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
    /// The message in each language, taken apart on the rule's first finding (most rules of a
    /// run find nothing). Shared by the copies of the rule.
    private let messages = MessagesOnce()
    /// The keys of the rule's and its pack's conditions among a document's ``ConditionResults``.
    private let ruleOwner: ConditionResults.Owner
    private let packOwner: ConditionResults.Owner

    init(
        description: RuleDescription, packCondition: Condition?, condition: Condition?, given: [Selector],
        check: any Check
    ) {
        self.description = description
        self.packCondition = packCondition
        self.condition = condition
        self.given = given
        self.check = check
        ruleOwner = .rule(description.id)
        packOwner = .pack(description.id.pack)
    }

    var id: RuleID { description.id }

    /// Whether the rule's check reads prose (``Check/readsProse``).
    var readsProse: Bool { check.readsProse }

    /// Worked out once per document: the linter asks before the rule checks, and the rules of
    /// a pack share its `applies-when`.
    func applies(to document: LintDocument) -> Bool {
        guard packCondition != nil || condition != nil else { return true }
        return document.conditions.holds(ruleOwner) {
            let packHolds =
                packCondition.map { packCondition in
                    document.conditions.holds(packOwner) { packCondition.holds(in: document) }
                } ?? true
            return packHolds && (condition?.holds(in: document) ?? true)
        }
    }

    /// Whether checking `document` now would first wait for another thread to finish one of
    /// the selections the rule shares with other rules (`**`, made once per document).
    func waitsForSelections(in document: LintDocument) -> Bool {
        given.contains { !$0.readsCurrent && document.selections.isBeingMade($0) }
    }

    func check(_ document: LintDocument) -> [RuleViolation] {
        guard applies(to: document) else { return [] }
        return check.withWorkingCheck { check in violations(of: check, in: document) }
    }

    /// What `check` (the rule's, as it runs) finds at the nodes `given` selects in `document`.
    private func violations(of check: any Check, in document: LintDocument) -> [RuleViolation] {
        var violations: [RuleViolation] = []
        for selector in given {
            let selection = selector.select(in: document)
            // The check walks the matches itself (``Check/evaluate(each:in:_:)``): reached once
            // through `any Check`, it reads each node where the selection holds it, rather than
            // a copy made for every node, which retains storage other threads retain too.
            var context = CheckContext(document: document, given: selection.matches, at: nil)
            selection.matches.withUnsafeBufferPointer { matches in
                check.evaluate(each: matches, in: &context) { violations.append(violation($0)) }
            }
            guard !selection.missing.isEmpty else { continue }
            let missingContext = CheckContext(document: document, current: nil)
            for path in selection.missing {
                for failure in check.evaluate(.missing(path), in: missingContext) {
                    violations.append(violation(failure))
                }
            }
        }
        return violations
    }

    private func violation(_ failure: CheckFailure) -> RuleViolation {
        let messages = messages.once.value { CompiledMessages(description.message) }
        var values = failure.values
        if messages.showPath && values["path"] == nil { values["path"] = failure.path.description }
        // Values given per language (`lix@sv`) are looked up as the message is rendered,
        // without a dictionary made for each language.
        let localized = MessageTemplate.hasLocalizedValues(values)
        return RuleViolation(
            message: LocalizedText(
                en: messages.en.render(values: values, localizedIn: localized ? .en : nil),
                sv: messages.sv.render(values: values, localizedIn: localized ? .sv : nil)),
            path: failure.path, range: failure.range, isMissing: failure.isMissing)
    }
}

/// A rule's message in each language, taken apart (``MessageTemplate/Compiled``), and whether
/// either shows `{{path}}` (only then is the path written out for a finding).
private struct CompiledMessages: Sendable {
    let en: MessageTemplate.Compiled
    let sv: MessageTemplate.Compiled
    let showPath: Bool

    init(_ message: LocalizedText) {
        en = MessageTemplate.Compiled(message.en)
        sv = MessageTemplate.Compiled(message.sv)
        showPath = en.names.contains("path") || sv.names.contains("path")
    }
}

/// A rule's ``CompiledMessages``, made once for all the copies of the rule.
private final class MessagesOnce: Sendable {
    let once = MadeOnce<CompiledMessages>()
}
