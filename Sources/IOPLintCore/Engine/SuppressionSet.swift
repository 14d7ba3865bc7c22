import IOPYAML

/// The suppressions of one file, applied to its findings: the linter's last step, since
/// whether a suppression is used is known only once every rule has run.
///
/// A finding that a suppression names and covers is kept apart, marked with the suppression.
/// When `format/unused-suppression` is among the rules run, this step also reports, as that
/// rule, each rule id of a suppression that names no known rule (with "did you mean"), and
/// each that names a rule that ran but found nothing the suppression covers. Where a rule
/// did not run, whether it would have found something is not known, so nothing is reported
/// as unused: for a known rule switched off, and for every rule in a file with a document
/// that could not be read. These findings can be suppressed in turn by a suppression of
/// `format/unused-suppression`; that suppression, when it suppresses nothing, is reported
/// last and for good.
struct SuppressionSet: Sendable {
    /// Findings left to count, and findings switched off.
    struct Outcome: Sendable {
        var active: [Finding] = []
        var suppressed: [Finding] = []
    }

    /// One rule name of one suppression.
    private struct NameIndex: Hashable {
        var suppression: Int
        var name: Int
    }

    private typealias IndexedName = (index: NameIndex, name: Suppression.RuleName)

    var suppressions: [Suppression]

    /// `findings` of the file `file`, after the suppressions; `profile` holds the rules that
    /// ran, and a suppression may name those and the rules of `known`. `everyDocumentRead` says
    /// whether the rules ran on the whole file.
    func apply(
        to findings: [Finding], file: String, profile: LintProfile, known: Set<RuleID>, everyDocumentRead: Bool
    ) -> Outcome {
        if suppressions.isEmpty { return Outcome(active: findings) }
        var sweep = Sweep(suppressions: suppressions)
        guard let reporter = profile.rules.first(where: { $0.id == .formatUnusedSuppression }) else {
            sweep.run(findings)
            return sweep.outcome
        }
        let report = Report(id: reporter.id, severity: profile.severity(of: reporter), file: file)
        let known = known.union(profile.rules.map(\.id))
        let candidates = known.map(\.description).sorted()
        let unknown = names { !known.contains($0.id) }.map { index, name in
            let suggestion = NameSuggestion.nearest(to: name.id.description, among: candidates)
            let kind = SuppressionProblem.Kind.unknownRule(name.id.description, suggestion: suggestion)
            return report.finding(
                SuppressionProblem(kind: kind, range: name.range), about: suppressions[index.suppression])
        }
        sweep.run(findings + unknown)
        guard everyDocumentRead else { return sweep.outcome }
        let ran = Set(profile.rules.map(\.id))
        let unusedOfOtherRules = unused(after: sweep.used, report: report) { ran.contains($0) && $0 != reporter.id }
        sweep.run(unusedOfOtherRules)
        sweep.outcome.active += unused(after: sweep.used, report: report) { $0 == reporter.id }
        return sweep.outcome
    }

    /// A finding of `format/unused-suppression` for each rule name whose id satisfies `include`
    /// and that is not in `used`.
    private func unused(after used: Set<NameIndex>, report: Report, include: (RuleID) -> Bool) -> [Finding] {
        names { include($0.id) }.filter { !used.contains($0.index) }.map { index, name in
            let suppression = suppressions[index.suppression]
            let kind = SuppressionProblem.Kind.suppressesNothing(name.id, suppression.scope)
            return report.finding(SuppressionProblem(kind: kind, range: name.range), about: suppression)
        }
    }

    /// Makes findings of `format/unused-suppression` in one file.
    private struct Report {
        var id: RuleID
        var severity: Severity
        var file: String

        func finding(_ problem: SuppressionProblem, about suppression: Suppression) -> Finding {
            Finding(
                ruleID: id, severity: severity, message: problem.message, file: file,
                documentIndex: suppression.documentIndex, path: .root, range: problem.range)
        }
    }

    /// Every rule name of every suppression that satisfies `include`, in source order.
    private func names(where include: (Suppression.RuleName) -> Bool) -> [IndexedName] {
        suppressions.enumerated().flatMap { suppressionIndex, suppression in
            suppression.rules.enumerated().filter { include($0.element) }.map {
                (NameIndex(suppression: suppressionIndex, name: $0.offset), $0.element)
            }
        }
    }

    /// Sorts findings into active and suppressed, and remembers which rule names were used.
    private struct Sweep {
        let suppressions: [Suppression]
        var outcome = Outcome()
        var used: Set<NameIndex> = []
        /// Indices of the suppressions that cover a whole file; of those that cover a line, by
        /// line; of those that cover nodes, by document: a finding looks only at those that could
        /// cover it, so that a file of many documents, each with its suppressions, stays linear.
        private var wholeFile: [Int] = []
        private var byLine: [Int: [Int]] = [:]
        private var byDocument: [Int: [Int]] = [:]

        init(suppressions: [Suppression]) {
            self.suppressions = suppressions
            for (index, suppression) in suppressions.enumerated() {
                switch suppression.scope {
                case .file:
                    wholeFile.append(index)
                case .nextLine(let lines, let document, let nodes):
                    for line in lines { byLine[line, default: []].append(index) }
                    if let document, !nodes.isEmpty { byDocument[document, default: []].append(index) }
                }
            }
        }

        /// The indices of the suppressions that may cover `finding`, in file order.
        private func candidates(for finding: Finding) -> [Int] {
            let lineOrNode = (byLine[finding.range.start.line] ?? []) + (byDocument[finding.documentIndex] ?? [])
            return (wholeFile + lineOrNode).sorted().reduce(into: []) { if $0.last != $1 { $0.append($1) } }
        }

        /// Each finding is switched off by the suppressions that name and cover it (all of them
        /// count as used) and marked with the narrowest: a `disable-next-line` before a
        /// `disable-file`, then the first in the file.
        mutating func run(_ findings: [Finding]) {
            for var finding in findings {
                var marked: Suppression?
                for suppressionIndex in candidates(for: finding) {
                    let suppression = suppressions[suppressionIndex]
                    guard suppression.covers(finding) else { continue }
                    for (nameIndex, name) in suppression.rules.enumerated() where name.id == finding.ruleID {
                        used.insert(NameIndex(suppression: suppressionIndex, name: nameIndex))
                        if marked == nil || (marked?.scope == .file && suppression.scope != .file) {
                            marked = suppression
                        }
                    }
                }
                finding.suppression = marked
                if marked == nil { outcome.active.append(finding) } else { outcome.suppressed.append(finding) }
            }
        }
    }
}
