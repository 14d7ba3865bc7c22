import Foundation
import IOPYAML
import Synchronization

/// Runs rules over agreements: each file with its own ``LintProfile``.
public struct Linter: Sendable {
    /// The profile of files linted without one of their own.
    public var profile: LintProfile
    public var loader: DocumentLoader

    public init(rules: [any Rule], limits: YAMLLimits = .default) {
        self.init(profile: LintProfile(rules: rules), limits: limits)
    }

    public init(profile: LintProfile, limits: YAMLLimits = .default) {
        self.profile = profile
        self.loader = DocumentLoader(limits: limits)
    }

    /// One file to lint and the profile to lint it with.
    public struct Job: Sendable {
        public var input: LintInput
        public var profile: LintProfile

        public init(input: LintInput, profile: LintProfile) {
            self.input = input
            self.profile = profile
        }
    }

    /// Lints every input with the linter's profile, `jobs` files at a time.
    public func lint(_ inputs: [LintInput], jobs: Int) -> LintReport {
        run(inputs.map { Job(input: $0, profile: profile) }, jobs: jobs)
    }

    /// Lints every job, `jobs` files at a time. The report never depends on `jobs`.
    public func run(_ work: [Job], jobs: Int) -> LintReport {
        let results = Mutex<[Int: Result<FileResult, ToolFailure>]>([:])
        let next = Atomic<Int>(0)
        let workers = max(1, min(jobs, work.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < work.count else { return }
                let result = lint(work[index].input, profile: work[index].profile)
                results.withLock { $0[index] = result }
            }
        }
        var files: [FileResult] = []
        var failures: [ToolFailure] = []
        for (_, result) in results.withLock({ $0 }).sorted(by: { $0.key < $1.key }) {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let failure): failures.append(failure)
            }
        }
        var rules: [RuleID: RuleDescription] = [:]
        for job in work { for rule in job.profile.rules { rules[rule.id] = rule.description } }
        if work.isEmpty { for rule in profile.rules { rules[rule.id] = rule.description } }
        return LintReport(files: files, failures: failures, rules: Array(rules.values))
    }

    /// Reads and lints one input.
    public func lint(_ input: LintInput, profile: LintProfile? = nil) -> Result<FileResult, ToolFailure> {
        switch input.source {
        case .bytes(let bytes):
            return .success(lint(bytes: bytes, path: input.displayPath, profile: profile))
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                return .failure(
                    ToolFailure(
                        message: LocalizedText(
                            en: "cannot read \(input.displayPath)", sv: "kan inte läsa \(input.displayPath)"),
                        file: input.displayPath))
            }
            return .success(lint(bytes: Array(data), path: input.displayPath, profile: profile))
        }
    }

    /// Lints the documents of one file's bytes, then applies the file's suppressions.
    public func lint(bytes: [UInt8], path: String, profile: LintProfile? = nil) -> FileResult {
        let profile = profile ?? self.profile
        let (text, documents, suppressions) = loader.loadFile(bytes: bytes)
        var findings: [Finding] = []
        for document in documents {
            for rule in profile.rules where document.isReadable || rule.checksUnreadableDocuments {
                let severity = profile.severity(of: rule)
                findings += rule.check(document).map { violation in
                    Finding(
                        ruleID: rule.id, severity: severity, message: violation.message, file: path,
                        documentIndex: document.index, path: violation.path, range: violation.range)
                }
            }
        }
        let outcome = SuppressionSet(suppressions: suppressions).apply(
            to: findings, file: path, profile: profile, known: profile.knownRuleIDs,
            everyDocumentRead: documents.allSatisfy(\.isReadable))
        // A suppressed finding fails no checklist point: its suppression says why the rule does not apply.
        let scorecards = documents.filter(\.isReadable).flatMap { document in
            let documentFindings = outcome.active.filter { $0.documentIndex == document.index }
            return profile.checklists.compactMap { $0.scorecard(for: document, findings: documentFindings) }
        }
        return FileResult(
            path: path, text: text, findings: outcome.active.sorted(by: Finding.inOutputOrder),
            suppressed: outcome.suppressed.sorted(by: Finding.inOutputOrder), scorecards: scorecards,
            failOn: profile.failOn)
    }
}
