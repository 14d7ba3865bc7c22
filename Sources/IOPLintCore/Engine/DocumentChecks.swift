import Foundation
import IOPYAML
import Synchronization

/// Runs the rules of a profile on one document, on the calling thread or spread over several.
///
/// Rules only read the document, and what they work out on the way (text analyses, selections,
/// conditions) the document keeps behind locks, so rules can check it side by side. The
/// violations are handed on in rule order however the rules were spread, so the findings, and
/// every report, are the same with one worker or many.
enum DocumentChecks {
    /// A document whose text spans at least this many characters has its rules spread over
    /// the workers a run has to spare (``Linter/stream(_:jobs:deliver:)`` with fewer files than
    /// jobs); `iop-lint FILE` asks for them for a file of this many bytes. Below it, the checks
    /// take less time than starting another thread is worth: an agreement of 5 KB is checked
    /// in about half a millisecond, one of 1 MB in 40 to 80 ms of work. A file of many small
    /// documents is checked one document after the other, each on one thread.
    static let parallelFrom = 128 * 1024

    /// Whether `document` is large enough for its rules to be spread (``parallelFrom``).
    static func spreads(_ document: LintDocument) -> Bool {
        document.root.map { spreads($0.range) } ?? false
    }

    /// Whether a document whose root spans `range` is large enough for its rules to be spread.
    static func spreads(_ range: SourceRange) -> Bool {
        range.end.offset - range.start.offset >= parallelFrom
    }

    /// Checks `document` with each of `rules` that runs on it, on up to `workers` threads, and
    /// calls `report` with the index, the id and the violations of every rule that ran, in rule
    /// order.
    static func check(
        _ rules: UnsafeBufferPointer<any Rule>, on document: LintDocument, workers: Int,
        report: (_ index: Int, _ id: RuleID, _ violations: [RuleViolation]) -> Void
    ) {
        check(
            rules, on: document, workers: workers,
            waits: { rule in (rule as? FileRule)?.waitsForSelections(in: document) ?? false }, report: report)
    }

    /// ``check(_:on:workers:report:)``, where `waits` says whether a rule checked now would
    /// first wait for another worker to finish something they share (a selection). A worker
    /// that takes such a rule puts it aside and takes the next; the rules put aside are checked
    /// once every other rule is taken, when what they wait for is made. Without that, a rule of
    /// `**` taken while the other worker walks a large document for `**` waits the whole walk
    /// (10 to 25 ms of an 8 MB agreement's 350).
    static func check(
        _ rules: UnsafeBufferPointer<any Rule>, on document: LintDocument, workers: Int,
        waits: @escaping @Sendable (any Rule) -> Bool,
        report: (_ index: Int, _ id: RuleID, _ violations: [RuleViolation]) -> Void
    ) {
        guard workers > 1, rules.count > 1 else {
            for index in rules.indices {
                if let (id, violations) = rules[index].violations(on: document) { report(index, id, violations) }
            }
            return
        }
        // One slot per rule: `nil` for a rule that does not run. Each rule is taken by the
        // next free worker, so that a costly rule does not hold up a share decided in advance;
        // the rules that read prose, the costly ones, are taken first, so that the last rules
        // taken are short and both workers end about together.
        var outcomes = [(id: RuleID, violations: [RuleViolation])?](repeating: nil, count: rules.count)
        let order = takingOrder(rules)
        outcomes.withUnsafeMutableBufferPointer { outcomes in
            let shared = Shared(rules: rules, outcomes: outcomes, order: order)
            let next = Atomic<Int>(0)
            let putAside = PutAside()
            let work: @Sendable () -> Void = {
                while true {
                    let taken = next.add(1, ordering: .relaxed).oldValue
                    let index: Int
                    if taken < shared.order.count {
                        index = shared.order[taken]
                        // Only a worker still taking rules puts one aside, so the one that
                        // puts it aside is there to check it when no rule is left to take.
                        if waits(shared.rules[index]) {
                            putAside.add(index)
                            continue
                        }
                    } else {
                        guard let aside = putAside.take() else { return }
                        index = aside
                    }
                    shared.outcomes[index] = shared.rules[index].violations(on: document)
                }
            }
            // Threads of their own, not Dispatch's pool: `concurrentPerform` runs everything on
            // the calling thread when the pool is busy, and a run asked for these workers.
            let helpers = min(workers, rules.count) - 1
            let finished = DispatchSemaphore(value: 0)
            for _ in 0..<helpers {
                Thread {
                    work()
                    finished.signal()
                }.start()
            }
            work()
            // Once every helper has signalled, its writes to the slots are seen here.
            for _ in 0..<helpers { finished.wait() }
        }
        for index in outcomes.indices {
            if let (id, violations) = outcomes[index] { report(index, id, violations) }
        }
    }

    /// The indexes of `rules` in the order workers take them: the rules of rule files whose
    /// checks read prose first, then the others, each group in rule order.
    static func takingOrder(_ rules: UnsafeBufferPointer<any Rule>) -> [Int] {
        let readsProse = rules.map { ($0 as? FileRule)?.readsProse ?? false }
        return rules.indices.filter { readsProse[$0] } + rules.indices.filter { !readsProse[$0] }
    }

    /// The indexes of the rules put aside by workers (``check(_:on:workers:waits:report:)``).
    private final class PutAside: Sendable {
        private let indexes = Mutex<[Int]>([])

        func add(_ index: Int) {
            indexes.withLock { $0.append(index) }
        }

        /// The rule put aside first, or `nil` when none is left.
        func take() -> Int? {
            indexes.withLock { $0.isEmpty ? nil : $0.removeFirst() }
        }
    }

    /// The rules and the slots of their outcomes, handed to the workers: each worker writes
    /// only the slots of the rules it took.
    private struct Shared: @unchecked Sendable {
        let rules: UnsafeBufferPointer<any Rule>
        let outcomes: UnsafeMutableBufferPointer<(id: RuleID, violations: [RuleViolation])?>
        let order: [Int]
    }
}

extension Rule {
    /// The rule's id and what it finds in `document`; `nil` when it does not run there
    /// (``runs(on:)``). One call on a rule of `[any Rule]` rather than three: each copies the
    /// rule out of the array, and a copy retains the rule's storage, which every worker shares.
    fileprivate func violations(on document: LintDocument) -> (id: RuleID, violations: [RuleViolation])? {
        guard runs(on: document) else { return nil }
        return (id, check(document))
    }
}
