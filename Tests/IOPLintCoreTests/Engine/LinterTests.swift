import Foundation
import IOPYAML
import Synchronization
import Testing

@testable import IOPLintCore

/// Reports every document it is given, readable or not: to see which documents rules run on.
private struct EveryDocumentRule: Rule {
    let description = RuleDescription(
        id: RuleID("test/every-document")!, severity: .info, summary: LocalizedText("every document"),
        message: LocalizedText("document"), rationale: LocalizedText("test"), examples: RuleExamples())

    func check(_ document: LintDocument) -> [RuleViolation] {
        [RuleViolation(message: LocalizedText("document"), path: .root, range: SourceRange(at: .start))]
    }
}

/// The last document a ``WatchingRule`` checked, held weakly: `nil` once it is freed.
private final class LastDocument: @unchecked Sendable {
    weak var document: LintDocument?
}

/// Notes each document it checks, and reports nothing.
private struct WatchingRule: Rule {
    let description = RuleDescription(
        id: RuleID("test/watching")!, severity: .info, summary: LocalizedText("watching"),
        message: LocalizedText("watching"), rationale: LocalizedText("test"), examples: RuleExamples())
    let last: LastDocument

    func check(_ document: LintDocument) -> [RuleViolation] {
        last.document = document
        return []
    }
}

/// Counts the documents it checks, from any thread.
private final class CountingRule: Rule {
    let description = RuleDescription(
        id: RuleID("test/counting")!, severity: .info, summary: LocalizedText("counting"),
        message: LocalizedText("counting"), rationale: LocalizedText("test"), examples: RuleExamples())
    let checked = Atomic<Int>(0)

    func check(_ document: LintDocument) -> [RuleViolation] {
        checked.add(1, ordering: .relaxed)
        return []
    }
}

@Suite struct LinterStreamTests {
    static func work(_ count: Int, rule: any Rule) -> [Linter.Job] {
        (0..<count).map { index in
            Linter.Job(
                input: LintInput(displayPath: "\(index).yaml", source: .bytes(Array("iop-lint: 1\nkind: iop\n".utf8))),
                profile: LintProfile(rules: [rule]))
        }
    }

    /// Results come in the order of the work, and `deliver` is never running on two workers at
    /// once, however many jobs run and however long a delivery takes.
    @Test func resultsAreDeliveredInOrderByOneWorkerAtATime() {
        let work = Self.work(300, rule: CountingRule())
        let delivering = Atomic<Int>(0)
        let mostAtOnce = Atomic<Int>(0)
        var delivered: [String] = []
        Linter(rules: []).stream(work, jobs: 4) { result in
            let now = delivering.add(1, ordering: .sequentiallyConsistent).newValue
            mostAtOnce.max(now, ordering: .relaxed)
            if delivered.count % 7 == 0 { usleep(200) }
            if case .success(let file) = result { delivered.append(file.path) }
            delivering.subtract(1, ordering: .sequentiallyConsistent)
            return true
        }
        #expect(delivered == work.map(\.input.displayPath))
        #expect(mostAtOnce.load(ordering: .relaxed) == 1)
    }

    /// Once `deliver` returns `false`, nothing more is delivered and no more files are started
    /// than the window already allowed.
    @Test func noFileIsStartedAfterDeliverSaysStop() {
        let rule = CountingRule()
        let work = Self.work(300, rule: rule)
        var delivered = 0
        Linter(rules: []).stream(work, jobs: 2) { _ in
            delivered += 1
            return delivered < 3
        }
        #expect(delivered == 3)
        #expect(rule.checked.load(ordering: .relaxed) <= 3 + Linter.window(jobs: 2) + 2)
    }
}

@Suite struct LinterTests {
    /// A file's documents are freed once it is linted, unless the linter is told that the run
    /// ends after it (`freesDocuments`).
    @Test(arguments: [true, false])
    func documentsAreFreedUnlessTheRunEndsAfterTheFile(freesDocuments: Bool) {
        let last = LastDocument()
        var linter = Linter(rules: [WatchingRule(last: last)])
        linter.freesDocuments = freesDocuments
        let result = linter.lint(bytes: Array("iop-lint: 1\nkind: iop\n".utf8), path: "a.yaml")
        #expect(result.path == "a.yaml")
        #expect((last.document == nil) == freesDocuments)
    }

    /// A report lists the rules of every job's profile, whether the jobs share one profile's
    /// rules or each has its own.
    @Test func aReportListsTheRulesOfEveryProfile() {
        let input = { (name: String) in
            LintInput(displayPath: name, source: .bytes(Array("iop-lint: 1\n".utf8)))
        }
        let shared = LintProfile(rules: FormatRules.all)
        let own = LintProfile(rules: [EveryDocumentRule()])
        let work = [
            Linter.Job(input: input("a.yaml"), profile: shared), Linter.Job(input: input("b.yaml"), profile: own),
            Linter.Job(input: input("c.yaml"), profile: shared),
        ]
        let report = Linter(rules: []).run(work, jobs: 2)
        #expect(report.files.count == 3)
        #expect(
            report.rules.map(\.id).sorted() == (FormatRules.all.map(\.id) + [EveryDocumentRule().id]).sorted())
    }

    private static func finding(
        _ file: String, _ line: Int, _ column: Int, _ rule: String, document: Int = 0
    ) -> Finding {
        Finding(
            ruleID: RuleID(rule)!, severity: .error, message: LocalizedText("m"), file: file, documentIndex: document,
            path: .root, range: SourceRange(at: SourcePosition(line: line, column: column, offset: 0)))
    }

    @Test func outputOrderIsFileLineColumnThenRuleID() {
        let sorted = [
            Self.finding("a.yaml", 1, 1, "format/type"),
            Self.finding("a.yaml", 1, 1, "format/version"),
            Self.finding("a.yaml", 1, 2, "format/date"),
            Self.finding("a.yaml", 2, 1, "format/date"),
            Self.finding("a.yaml", 10, 1, "format/date"),
            Self.finding("b.yaml", 1, 1, "format/date"),
        ]
        for rotation in 0..<sorted.count {
            let shuffled = Array(sorted[rotation...] + sorted[..<rotation]).reversed()
            #expect(shuffled.sorted(by: Finding.inOutputOrder) == sorted)
        }
    }

    @Test func findingsOfAFileAreSortedByLineColumnAndRuleID() {
        let yaml = "titel: Läxhjälp\nkind: partnerskap\n---\niop-lint: 1\nterm: { start: 2025-02-30, slut: 1 }\n"
        #expect(
            CoreTestSupport.findings(yaml).map(\.spot) == [
                "1:1 format/unknown-key titel",
                "1:1 format/version ",
                "2:7 format/type kind",
                "5:16 format/date term.start",
                "5:28 format/unknown-key term.slut",
            ])
    }

    @Test func filesOfAReportAreSortedByPath() {
        let inputs = ["c.yaml", "a.yaml", "b.yaml"].map {
            LintInput(displayPath: $0, source: .bytes(Array("titel: x\n".utf8)))
        }
        let report = Linter(rules: FormatRules.all).lint(inputs, jobs: 2)
        #expect(report.files.map(\.path) == ["a.yaml", "b.yaml", "c.yaml"])
        #expect(report.findings.map(\.file) == ["a.yaml", "a.yaml", "b.yaml", "b.yaml", "c.yaml", "c.yaml"])
        #expect(report.rules.map(\.id) == FormatRules.all.map(\.id).sorted())
    }

    @Test func findingsCarryTheRuleSeverityFileAndDocument() throws {
        let result = Linter(rules: FormatRules.all).lint(
            bytes: Array("iop-lint: 1\n---\ntitel: x\n".utf8), path: "dir/a.yaml")
        let finding = try #require(result.findings.first { $0.ruleID.description == "format/unknown-key" })
        #expect(finding.severity == .warning)
        #expect(finding.file == "dir/a.yaml")
        #expect(finding.documentIndex == 1)
        #expect(result.path == "dir/a.yaml")
        #expect(result.source.line(3) == "titel: x")
        #expect(result.source.count == 4)
    }

    @Test func onlyTheLinesAroundFindingsAreKept() throws {
        let before = (1...40).map { "x-note-\($0): text" }.joined(separator: "\n")
        let after = (1...40).map { "x-more-\($0): text" }.joined(separator: "\n")
        let text = "iop-lint: 1\n\(before)\ntitel: x\n\(after)\n"
        let result = Linter(rules: FormatRules.all).lint(bytes: Array(text.utf8), path: "a.yaml")
        let finding = try #require(result.findings.first { $0.ruleID.description == "format/unknown-key" })
        #expect(finding.range.start.line == 42)
        #expect(result.source.count == 83)
        #expect(result.source.line(42) == "titel: x")
        #expect(result.source.line(39) == "x-note-38: text")
        #expect(result.source.line(45) == "x-more-3: text")
        #expect(result.source.line(38) == nil)
        #expect(result.source.line(46) == nil)
        #expect(result.source.line(83) == "")
        #expect(result.fingerprints == [Fingerprint.of(finding, in: text)])
    }

    @Test func onlyRulesForUnreadableDocumentsRunOnThem() {
        let linter = Linter(rules: [EveryDocumentRule(), YAMLSyntaxRule()])
        let findings = linter.lint(bytes: Array("iop-lint: 1\n---\ntitle: [\n".utf8), path: "a.yaml").findings
        #expect(
            findings.map { "\($0.documentIndex) \($0.ruleID)" } == ["0 test/every-document", "1 format/yaml-syntax"])
    }

    /// Twenty agreements with a spread of problems, and two files that cannot be read.
    private static func generatedInputs() -> [LintInput] {
        var inputs: [LintInput] = []
        for number in 0..<20 {
            var lines = number % 4 == 0 ? ["title: Utkast \(number)"] : ["iop-lint: \(number % 9 == 0 ? 2 : 1)"]
            lines.append("parties: [{ id: part-\(number) }, { id: kommun }]")
            if number % 3 == 0 { lines.append("titel: Överenskommelse \(number)") }
            if number % 5 == 0 { lines.append("term: { start: 2025-02-\(20 + number % 11) }") }
            lines.append("commitments: [{ party: part-\(number + number % 2) }]")
            if number % 6 == 1 { lines.append("---\niop-lint: 1\nkind: \(number % 4 == 1 ? "iop" : "partnerskap")") }
            if number % 7 == 2 { lines.append("title: \"oavslutad") }
            let path = "agreements/\(19 - number).yaml"
            inputs.append(
                LintInput(displayPath: path, source: .bytes(Array((lines.joined(separator: "\n") + "\n").utf8))))
        }
        inputs.insert(
            LintInput(displayPath: "saknas-1.yaml", source: .file(RawPath("/nonexistent/iop-lint/saknas-1.yaml"))),
            at: 7)
        inputs.insert(
            LintInput(displayPath: "saknas-2.yaml", source: .file(RawPath("/nonexistent/iop-lint/saknas-2.yaml"))),
            at: 3)
        return inputs
    }

    @Test func reportDoesNotDependOnTheNumberOfJobs() {
        let linter = Linter(rules: FormatRules.all)
        let inputs = Self.generatedInputs()
        let serial = linter.lint(inputs, jobs: 1)
        #expect(serial.files.count == 20)
        #expect(serial.failures.map(\.file) == ["saknas-2.yaml", "saknas-1.yaml"])
        #expect(serial.findings.count >= 20)
        #expect(Set(serial.findings.map(\.ruleID)).count >= 6)
        for _ in 0..<3 {
            let parallel = linter.lint(inputs, jobs: 8)
            #expect(parallel.files.map(\.path) == serial.files.map(\.path))
            #expect(parallel.files.map(\.fingerprints) == serial.files.map(\.fingerprints))
            #expect(parallel.files.map(\.findings) == serial.files.map(\.findings))
            #expect(parallel.failures == serial.failures)
            #expect(parallel.rules.map(\.id) == serial.rules.map(\.id))
        }
    }

    @Test func missingFileBecomesAToolFailure() {
        let input = LintInput(displayPath: "saknas.yaml", source: .file(RawPath("/nonexistent/iop-lint/saknas.yaml")))
        let report = Linter(rules: FormatRules.all).lint([input], jobs: 1)
        #expect(report.files.isEmpty)
        #expect(report.failures.map(\.file) == ["saknas.yaml"])
        #expect(
            report.failures.map(\.message) == [
                LocalizedText(en: "cannot read saknas.yaml", sv: "kan inte läsa saknas.yaml")
            ])
    }

    @Test func directoryCannotBeReadAsAFile() throws {
        let directory = FileManager.default.temporaryDirectory.path
        let result = Linter(rules: FormatRules.all).lint(
            LintInput(displayPath: "tmp", source: .file(RawPath(directory))))
        guard case .failure(let failure) = result else {
            Issue.record("a directory was read as a file")
            return
        }
        #expect(failure.file == "tmp")
    }

    @Test func fileIsReadFromDiskAndShownByItsDisplayPath() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "iop-lint-linter-\(UUID().uuidString).yaml")
        try Data("iop-lint: 1\ntitel: Läxhjälp\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = Linter(rules: FormatRules.all).lint(
            LintInput(displayPath: "läxhjälp.yaml", source: .file(RawPath(url.path))))
        let file = try result.get()
        #expect(file.path == "läxhjälp.yaml")
        #expect(file.findings.map(\.spot) == ["2:1 format/unknown-key titel"])
        #expect(file.findings.first?.file == "läxhjälp.yaml")
    }

    @Test(arguments: [100 << 20, 1 << 30])
    func aFileLargerThanTheLimitIsRefusedUnread(size: Int) throws {
        let url = try FileBytesTests.sparseFile(size: UInt64(size))
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try Linter(rules: FormatRules.all).lint(
            LintInput(displayPath: "stor.yaml", source: .file(RawPath(url.path)))
        )
        .get()
        #expect(file.findings.map(\.spot) == ["1:1 format/limits "])
        #expect(file.findings.first?.message.en == "the file is larger than 16 MiB and was not read")
        #expect(file.findings.first?.severity == .error)
    }

    @Test func noInputsGiveAnEmptyReport() {
        let report = Linter(rules: FormatRules.all).lint([], jobs: 8)
        #expect(report.files.isEmpty)
        #expect(report.failures.isEmpty)
    }
}

@Suite struct LinterRulesAppliedTests {
    private static let linter = Linter(rules: RuleRegistry.builtIn.rules)

    private static func lint(_ text: String, path: String = "a.yaml") -> FileResult {
        linter.lint(bytes: Array(text.utf8), path: path)
    }

    @Test func packsWhoseAppliesWhenTheFileDoesNotMeetAreLeftOut() throws {
        let applied = try #require(Self.lint("iop-lint: 1\nkind: iop\ntitle: Ett avtal\n").rulesApplied)
        #expect(applied.contains(RuleID("format/type")!))
        #expect(!applied.contains { $0.pack == "icld" })
        #expect(applied == applied.sorted())
        let icld = try #require(Self.lint("iop-lint: 1\nkind: kommunalt-partnerskap\ntitle: Ett avtal\n").rulesApplied)
        #expect(icld.contains { $0.pack == "icld" })
    }

    @Test func aFileThatCannotBeReadAppliesOnlyTheFormatRules() throws {
        let applied = try #require(Self.lint("iop-lint: [1\nkind: iop\n").rulesApplied)
        #expect(applied.contains(RuleID("format/yaml-syntax")!))
        #expect(applied.allSatisfy { $0.pack == "format" })
        let readable = try #require(Self.lint("iop-lint: 1\nkind: iop\n").rulesApplied)
        #expect(readable.contains { $0.pack != "format" })
    }

    /// A file of several documents lists every rule that applied in any of them, once, sorted.
    @Test func theRulesOfEveryDocumentAreListedOnce() throws {
        let iop = try #require(Self.lint("iop-lint: 1\nkind: iop\ntitle: Ett\n").rulesApplied)
        let icld = try #require(Self.lint("iop-lint: 1\nkind: kommunalt-partnerskap\ntitle: Två\n").rulesApplied)
        let both = try #require(
            Self.lint("iop-lint: 1\nkind: iop\ntitle: Ett\n---\niop-lint: 1\nkind: kommunalt-partnerskap\ntitle: Två\n")
                .rulesApplied)
        #expect(both == Set(iop + icld).sorted())
    }

    @Test func filesWithTheSameRulesShareOneList() throws {
        let first = try #require(Self.lint("iop-lint: 1\nkind: iop\ntitle: Ett\n").rulesApplied)
        let second = try #require(Self.lint("iop-lint: 1\nkind: iop\ntitle: Två\n", path: "b.yaml").rulesApplied)
        #expect(first == second)
        #expect(first.withUnsafeBufferPointer(\.baseAddress) == second.withUnsafeBufferPointer(\.baseAddress))
    }
}

/// Keeps what it is told in memory.
private final class MemoryCache: LintResultCache, Sendable {
    private let stored = Mutex<[FileResult]>([])
    var results: [FileResult] { stored.withLock { $0 } }

    func result(for job: Linter.Job, bytes: [UInt8]) -> FileResult? { nil }
    func store(_ result: FileResult, for job: Linter.Job, bytes: [UInt8]) { stored.withLock { $0.append(result) } }
}

@Suite struct LinterKeepsSourceTests {
    static let text = "iop-lint: 1\nkind: iop\n\n\n\n\n\n\n\n\ntitle: Tio\n"

    static func lint(keepsSource: Bool, cache: (any LintResultCache)? = nil) throws -> FileResult {
        var linter = Linter(rules: [EveryDocumentRule()])
        linter.keepsSource = keepsSource
        linter.cache = cache
        let job = Linter.Job(
            input: LintInput(displayPath: "a.yaml", source: .bytes(Array(text.utf8))), profile: linter.profile)
        return try #require(linter.run([job], jobs: 1).files.first)
    }

    @Test func aResultKeepsTheLinesAroundItsFindingsByDefault() throws {
        let result = try Self.lint(keepsSource: true)
        #expect(result.source.line(1) == "iop-lint: 1")
        #expect(result.source.count == 12)
    }

    /// For a report that shows no source: the lines go, the fingerprints and the count stay.
    @Test func withoutSourceAResultKeepsNoLineButItsFingerprints() throws {
        let kept = try Self.lint(keepsSource: true)
        let result = try Self.lint(keepsSource: false)
        #expect(result.source.line(1) == nil)
        #expect(result.source.count == 12)
        #expect(result.fingerprints == kept.fingerprints && !result.fingerprints.isEmpty)
    }

    /// A cache may hand the result to a later run whose report shows source.
    @Test func aResultForACacheKeepsItsLines() throws {
        let cache = MemoryCache()
        let result = try Self.lint(keepsSource: false, cache: cache)
        #expect(result.source.line(1) == "iop-lint: 1")
        #expect(cache.results.first?.source.line(1) == "iop-lint: 1")
    }

    @Test func onlyTheFormatsThatShowSourceAskForIt() {
        #expect(ReportFormat.allCases.filter(\.showsSource) == [.text, .html])
    }
}
