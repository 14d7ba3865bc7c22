import IOPYAML
import Synchronization

/// The check of a built-in rule, parsed when a rule first runs it rather than when the pack is
/// read: a run then parses only the checks of rules that reach a node of some agreement (none of
/// a pack that applies to no agreement linted), unless it asks for all of them on a spare core
/// (``RuleSet/prepareBuiltInRules()``, as the command line does). Parsing a check compiles its
/// patterns and term lists, about half of reading the built-in packs.
///
/// Only built-in packs defer their checks. They are read without an error when iop-lint is
/// built (a test parses every deferred check and expects no failure), so a parse here has no
/// one to report to. Users' rule files parse every check at once, so that their errors are
/// reported when the file is read.
final class DeferredCheck: Check {
    private let node: YAMLNode
    private let path: DocumentPath
    private let file: String
    /// The parsed check, once published: read without a lock at every evaluation, since a check
    /// runs for every node of every agreement.
    private let published = Atomic<Unmanaged<Parsed>?>(nil)
    /// Held while the first caller parses, so that the check is parsed once.
    private let parsing = Mutex(())

    private final class Parsed: Sendable {
        let check: any Check

        init(_ check: any Check) {
            self.check = check
        }
    }

    /// The check written at `node`, to be parsed on first use.
    init(_ node: RuleFileNode) {
        self.node = node.node
        path = node.path
        file = node.diagnostics.file
    }

    deinit {
        published.load(ordering: .acquiring)?.release()
    }

    /// The check, parsed by the first call (from any thread).
    var check: any Check {
        if let parsed = published.load(ordering: .acquiring) { return parsed.takeUnretainedValue().check }
        return parsing.withLock { _ in
            if let parsed = published.load(ordering: .acquiring) { return parsed.takeUnretainedValue().check }
            let check = parse().check ?? FailedCheck()
            published.store(Unmanaged.passRetained(Parsed(check)), ordering: .releasing)
            return check
        }
    }

    /// Whether the check has been parsed.
    var isParsed: Bool { published.load(ordering: .acquiring) != nil }

    /// Parses the check now, unless it has been (``RuleSet/prepareBuiltInRules()``).
    func prepare() {
        _ = check
    }

    /// The check parsed anew, with the failures of the parse.
    func parse() -> (check: (any Check)?, failures: [ToolFailure]) {
        let diagnostics = RuleFileDiagnostics(file: file)
        let check = CheckParser.parse(RuleFileNode(node: node, diagnostics: diagnostics, path: path))
        return (diagnostics.failures.isEmpty ? check : nil, diagnostics.failures)
    }

    // Once parsed, the check is called where the box holds it, without a copy of it.

    var readsProse: Bool { withWorkingCheck(\.readsProse) }

    func withWorkingCheck<Result>(_ body: (any Check) -> Result) -> Result {
        guard let parsed = published.load(ordering: .acquiring) else { return body(check) }
        return parsed._withUnsafeGuaranteedRef { body($0.check) }
    }

    func evaluate(_ target: CheckTarget, in context: CheckContext) -> [CheckFailure] {
        withWorkingCheck { $0.evaluate(target, in: context) }
    }

    func evaluate(node selected: SelectedNode, in context: CheckContext) -> [CheckFailure] {
        withWorkingCheck { $0.evaluate(node: selected, in: context) }
    }

    /// What a built-in check that does not parse runs as: it finds nothing. Tests keep every
    /// built-in check parsing, so no run meets it.
    private struct FailedCheck: Check {
        func evaluate(_ target: CheckTarget, in context: CheckContext) -> [CheckFailure] { [] }
    }
}
