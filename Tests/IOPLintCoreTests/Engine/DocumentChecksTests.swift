import Foundation
import IOPYAML
import Synchronization
import Testing

@testable import IOPLintCore

/// How many rules are checking at once, and the most there ever were.
private final class Overlap: Sendable {
    private let now = Atomic<Int>(0)
    private let most = Atomic<Int>(0)

    var mostAtOnce: Int { most.load(ordering: .relaxed) }

    func during(_ body: () -> Void) {
        most.max(now.add(1, ordering: .sequentiallyConsistent).newValue, ordering: .relaxed)
        body()
        now.subtract(1, ordering: .sequentiallyConsistent)
    }
}

/// The description of a rule of these tests.
private func testRuleDescription(id: String) -> RuleDescription {
    RuleDescription(
        id: RuleID(id)!, severity: .info, summary: LocalizedText("numbered"), message: LocalizedText("numbered"),
        rationale: LocalizedText("test"), examples: RuleExamples())
}

/// Reports one violation whose message is its number, after `pause` microseconds; runs only
/// where `runs` says.
private struct NumberedRule: Rule {
    let number: Int
    let runs: Bool
    let pause: UInt32
    let overlap: Overlap

    var description: RuleDescription { testRuleDescription(id: "test/rule-\(number)") }

    func applies(to document: LintDocument) -> Bool { runs }

    func check(_ document: LintDocument) -> [RuleViolation] {
        overlap.during { usleep(pause) }
        return [RuleViolation(message: LocalizedText("\(number)"), path: .root, range: SourceRange(at: .start))]
    }
}

/// The order in which rules started, and whether the first has ended.
private final class StartLog: Sendable {
    private let order = Mutex<[Int]>([])
    private let ended = Atomic<Bool>(false)

    var started: [Int] { order.withLock { $0 } }
    var firstEnded: Bool { ended.load(ordering: .acquiring) }

    func start(_ number: Int) {
        order.withLock { $0.append(number) }
    }

    func endFirst() {
        ended.store(true, ordering: .releasing)
    }
}

/// Notes in `log` when it starts, and pauses; the rule numbered 0 notes when it ends.
private struct StartedRule: Rule {
    let number: Int
    let pause: UInt32
    let log: StartLog

    var description: RuleDescription { testRuleDescription(id: "test/started-\(number)") }

    func check(_ document: LintDocument) -> [RuleViolation] {
        log.start(number)
        usleep(pause)
        if number == 0 { log.endFirst() }
        return []
    }
}

@Suite struct DocumentChecksTests {
    private static let document = LintDocument(
        index: 0, root: YAMLNode(content: .mapping([]), range: SourceRange(at: .start)), rejected: [],
        agreement: Agreement(range: SourceRange(at: .start)), issues: [])

    /// Eight rules, the first the slowest, every third not running on the document.
    private static func rules(_ overlap: Overlap) -> [any Rule] {
        (0..<8).map { number in
            NumberedRule(number: number, runs: number % 3 != 2, pause: number == 0 ? 30_000 : 5_000, overlap: overlap)
        }
    }

    /// The rules that run are reported in rule order with their own violations, whatever
    /// order the workers finished them in; those that do not run are not reported.
    @Test(arguments: [1, 2, 4])
    func rulesAreReportedInRuleOrder(workers: Int) {
        let rules = Self.rules(Overlap())
        var reported: [(Int, [String])] = []
        rules.withUnsafeBufferPointer { rules in
            DocumentChecks.check(rules, on: Self.document, workers: workers) { index, id, violations in
                #expect(id == rules[index].id)
                reported.append((index, violations.map { $0.message.en }))
            }
        }
        #expect(reported.map(\.0) == [0, 1, 3, 4, 6, 7])
        #expect(reported.map(\.1) == [["0"], ["1"], ["3"], ["4"], ["6"], ["7"]])
    }

    /// With more than one worker, rules are checked side by side; with one, one at a time.
    @Test(arguments: [1, 2])
    func workersCheckRulesSideBySide(workers: Int) {
        let overlap = Overlap()
        Self.rules(overlap).withUnsafeBufferPointer { rules in
            DocumentChecks.check(rules, on: Self.document, workers: workers) { _, _, _ in }
        }
        #expect(overlap.mostAtOnce == workers)
    }

    /// A rule that would wait for another worker (here, for the slow first rule to end) is put
    /// aside by the worker that takes it, which checks the rules after it first and comes back to
    /// it when none is left to take; every rule is still reported once, in rule order.
    @Test func aRuleThatWouldWaitIsCheckedAfterTheRulesLeftToTake() {
        let log = StartLog()
        let rules = (0..<6).map { number in
            StartedRule(number: number, pause: number == 0 ? 300_000 : 5_000, log: log) as any Rule
        }
        var reported: [Int] = []
        rules.withUnsafeBufferPointer { rules in
            DocumentChecks.check(
                rules, on: Self.document, workers: 2,
                waits: { rule in (rule as? StartedRule)?.number == 1 && !log.firstEnded }
            ) { index, _, _ in reported.append(index) }
        }
        #expect(reported == Array(0..<6))
        #expect(log.started.sorted() == Array(0..<6))
        #expect(log.started.last == 1, "rule 1 was started after rules 2 to 5: \(log.started)")
    }

    /// Spread over workers, the built-in rules that read prose (terms, placeholders, sentence
    /// length, readability) are taken before the others; each rule once, in rule order within
    /// each group.
    @Test func rulesThatReadProseAreTakenFirst() throws {
        let rules = RuleRegistry.builtIn.rules
        let order = rules.withUnsafeBufferPointer { DocumentChecks.takingOrder($0) }
        #expect(order.sorted() == Array(rules.indices))
        let ids = order.map { rules[$0].id.description }
        let prose = [
            "klarsprak/placeholders", "klarsprak/long-sentences", "klarsprak/readability", "iop/purchase-language",
        ]
        let firstOther = try #require(ids.firstIndex(of: "core/mandate-before-signature"))
        for id in prose {
            let index = try #require(ids.firstIndex(of: id), "\(id) is a built-in rule")
            #expect(index < firstOther, "\(id) reads prose")
        }
        let proseCount = order.prefix { ($0 < rules.count) && (rules[$0] as? FileRule)?.readsProse == true }.count
        #expect(order.prefix(proseCount) == order.prefix(proseCount).sorted()[...])
        #expect(order.dropFirst(proseCount) == order.dropFirst(proseCount).sorted()[...])
        #expect(order.dropFirst(proseCount).allSatisfy { (rules[$0] as? FileRule)?.readsProse != true })
    }
}

@Suite struct LinterRuleWorkersTests {
    private static let examples = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "examples")

    /// The example draft of an IOP (which has findings) with its two activities written 1 000
    /// times over, each numbered: one document of about 150 KB, large enough for its rules to
    /// be spread.
    private static func largeAgreement() throws -> [UInt8] {
        let text = try String(
            contentsOf: examples.appending(path: "iop/vasteras-iop-stodboende-utkast.yaml"), encoding: .utf8)
        let start = try #require(text.range(of: "\nactivities:\n")).upperBound
        let end = try #require(text.range(of: "\ncommitments:", range: start..<text.endIndex)).lowerBound
        let activities = text[start..<end]
        let many = (1...1000).map { round in
            activities.replacingOccurrences(of: "\n    party:", with: " (omgång \(round))\n    party:")
        }
        return Array((text[..<start] + many.joined() + text[end...]).utf8)
    }

    /// The built-in rules find the same, with the same fingerprints, checklists and rules
    /// applied, whether one worker checks a large agreement's rules or two (which also load it
    /// on two threads: libyaml ahead of the tree, prose analysed while the model is decoded).
    @Test func theBuiltInRulesFindTheSameWithTwoWorkers() throws {
        let bytes = try Self.largeAgreement()
        let document = try #require(DocumentLoader().load(bytes: bytes).documents.first)
        try #require(DocumentChecks.spreads(document))
        let linter = Linter(rules: RuleRegistry.builtIn.rules)
        let one = linter.lint(bytes: bytes, path: "large.yaml", ruleWorkers: 1)
        let two = linter.lint(bytes: bytes, path: "large.yaml", ruleWorkers: 2)
        #expect(one.findings.count > 10)
        #expect(two.findings == one.findings)
        #expect(two.fingerprints == one.fingerprints)
        #expect(two.scorecards == one.scorecards)
        #expect(two.rulesApplied == one.rulesApplied)
    }

    /// A run of fewer files than jobs spreads the rules of a large document over the jobs to
    /// spare, and checks those of a small file, of a file of small documents, or of a run with
    /// no job to spare, one at a time.
    @Test(arguments: [
        (1, 2, "large", 2), (1, 2, "small", 1), (1, 2, "documents", 1), (1, 1, "large", 1), (2, 2, "large", 1),
    ])
    func spareJobsCheckTheRulesOfALargeDocument(files: Int, jobs: Int, file: String, mostAtOnce: Int) {
        let long = String(repeating: "x", count: DocumentChecks.parallelFrom)
        let text =
            switch file {
            case "large": "iop-lint: 1\nkind: iop\ntitle: \(long)\n"
            // Many small documents make a large file.
            case "documents":
                Array(repeating: "iop-lint: 1\nkind: iop\ntitle: \(long.prefix(1000))\n", count: 140)
                    .joined(separator: "---\n")
            default: "iop-lint: 1\nkind: iop\n"
            }
        let bytes = Array(text.utf8)
        let documents = file == "documents" ? 140 : 1
        // Each file has rules of its own, to tell how many of its rules were checked at once.
        let overlaps = (0..<files).map { _ in Overlap() }
        let work = overlaps.enumerated().map { index, overlap in
            let rules = (0..<4).map {
                NumberedRule(number: $0, runs: true, pause: documents > 1 ? 500 : 20_000, overlap: overlap) as any Rule
            }
            return Linter.Job(
                input: LintInput(displayPath: "\(index).yaml", source: .bytes(bytes)),
                profile: LintProfile(rules: rules))
        }
        var delivered: [[String]] = []
        Linter(rules: []).stream(work, jobs: jobs) { result in
            if case .success(let file) = result { delivered.append(file.findings.map { $0.message.en }) }
            return true
        }
        let findings = Array(repeating: ["0", "1", "2", "3"], count: documents).flatMap { $0 }
        #expect(delivered.map { $0.sorted() } == Array(repeating: findings.sorted(), count: files))
        #expect(overlaps.map(\.mostAtOnce) == Array(repeating: mostAtOnce, count: files))
    }
}
