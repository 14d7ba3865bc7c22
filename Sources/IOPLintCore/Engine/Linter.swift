import Foundation
import IOPYAML
import Synchronization

/// Runs rules over agreements: each file with its own ``LintProfile``.
public struct Linter: Sendable {
    /// The profile of files linted without one of their own.
    public var profile: LintProfile
    public var loader: DocumentLoader
    /// Results of earlier runs: asked before a job is linted, told its result after.
    public var cache: (any LintResultCache)?
    /// Whether each file's documents are freed once the file is linted (the default). A run
    /// that lints one file and then ends sets it to `false`: the end of the process gives the
    /// memory back at once, where freeing a large agreement's tree, model and text analyses
    /// block by block took about a tenth of its wall time. (Compilers skip freeing at the end
    /// the same way.)
    public var freesDocuments = true
    /// Whether each result keeps the lines around its findings (``FileResult/source``), for
    /// reports that show them (the default). A run whose report shows no source sets it to
    /// `false`; results given to a ``cache`` keep their lines all the same, since a later run
    /// may show them.
    public var keepsSource = true
    /// A file whose loading a run started ahead: its job takes the loaded documents rather than
    /// reading the file again (when no ``cache`` is asked).
    public var loadedAhead: FileLoadAhead?

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
        /// What identifies ``profile`` to a ``LintResultCache``: jobs whose profiles have equal
        /// keys are linted alike. Empty when no cache is used.
        public var profileKey: String

        public init(input: LintInput, profile: LintProfile, profileKey: String = "") {
            self.input = input
            self.profile = profile
            self.profileKey = profileKey
        }
    }

    /// Lints every input with the linter's profile, `jobs` files at a time.
    public func lint(_ inputs: [LintInput], jobs: Int) -> LintReport {
        run(inputs.map { Job(input: $0, profile: profile) }, jobs: jobs)
    }

    /// Lints every job, `jobs` files at a time. The report never depends on `jobs`.
    public func run(_ work: [Job], jobs: Int) -> LintReport {
        var files: [FileResult] = []
        var failures: [ToolFailure] = []
        stream(work, jobs: jobs) { result in
            switch result {
            case .success(let file): files.append(file)
            case .failure(let failure): failures.append(failure)
            }
            return true
        }
        var rules: [RuleID: RuleDescription] = [:]
        // Jobs usually share one profile (one configuration for every file), and so one array
        // of rules: each array is read once, not once per file (for 10 000 files, a fifth of a
        // second after the linting, on one thread).
        var read: Set<UnsafeRawPointer> = []
        for job in work {
            let storage = job.profile.rules.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
            guard let storage, read.insert(storage).inserted else { continue }
            for rule in job.profile.rules { rules[rule.id] = rule.description }
        }
        if work.isEmpty { for rule in profile.rules { rules[rule.id] = rule.description } }
        return LintReport(files: files, failures: failures, rules: Array(rules.values))
    }

    /// Lints every job, `jobs` files at a time, and hands each result to `deliver` in the order
    /// of `work` as soon as it and those before it are done, one at a time. Results wait for
    /// those before them in a window of at most ``window(jobs:)`` files, so that memory does not
    /// grow with the number of files. When `deliver` returns `false` no more files are started.
    ///
    /// The worker that finds results ready delivers them, outside the lock that guards them:
    /// while it writes a report, the other workers store their results and go on linting, and
    /// whatever becomes ready meanwhile is delivered by the same worker before it goes on.
    public func stream(
        _ work: [Job], jobs: Int, deliver: (Result<FileResult, ToolFailure>) -> Bool
    ) {
        struct Pending {
            var done: [Int: Result<FileResult, ToolFailure>] = [:]
            var nextToDeliver = 0
            /// Whether a worker is delivering results (then no other one starts to).
            var delivering = false
            var stopped = false

            /// The results ready to deliver, in order, unless another worker is delivering;
            /// the caller then delivers them.
            mutating func takeReady() -> [Result<FileResult, ToolFailure>]? {
                guard !delivering, done[nextToDeliver] != nil else { return nil }
                var ready: [Result<FileResult, ToolFailure>] = []
                while let next = done.removeValue(forKey: nextToDeliver) {
                    ready.append(next)
                    nextToDeliver += 1
                }
                delivering = true
                return ready
            }
        }
        // `deliver` is called by one worker at a time (``Pending/delivering``).
        struct Deliver: @unchecked Sendable {
            let call: (Result<FileResult, ToolFailure>) -> Bool
        }
        withoutActuallyEscaping(deliver) { deliver in
            stream(work, jobs: jobs, deliver: Deliver(call: deliver))
        }

        func stream(_ work: [Job], jobs: Int, deliver: Deliver) {
            let pending = Mutex(Pending())
            let next = Atomic<Int>(0)
            let workers = max(1, min(jobs, work.count))
            // Jobs that no file takes help check the rules of the files that are large.
            let ruleWorkers = max(1, jobs / workers)
            let slots = DispatchSemaphore(value: Self.window(jobs: workers))
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    slots.wait()
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < work.count, !pending.withLock({ $0.stopped }) else {
                        slots.signal()
                        return
                    }
                    let result = lint(work[index], cache: cache, ruleWorkers: ruleWorkers)
                    var ready = pending.withLock { state in
                        state.done[index] = result
                        return state.takeReady()
                    }
                    while let batch = ready {
                        var stopped = pending.withLock { $0.stopped }
                        for result in batch {
                            slots.signal()
                            if !stopped && !deliver.call(result) {
                                stopped = true
                                pending.withLock { $0.stopped = true }
                            }
                        }
                        ready = pending.withLock { state in
                            state.delivering = false
                            return state.takeReady()
                        }
                    }
                }
            }
        }
    }

    /// How many files may be started ahead of the first one not yet delivered.
    public static func window(jobs: Int) -> Int {
        max(16, jobs * 8)
    }

    /// Reads and lints one input.
    public func lint(_ input: LintInput, profile: LintProfile? = nil) -> Result<FileResult, ToolFailure> {
        lint(Job(input: input, profile: profile ?? self.profile), cache: nil)
    }

    /// Reads and lints one job, or takes its result from ``cache`` (and stores it there). A file
    /// too large or unreadable is linted as without a cache.
    public func lint(_ job: Job) -> Result<FileResult, ToolFailure> {
        lint(job, cache: cache)
    }

    /// Reads the job's bytes once, then lints them or asks `cache` for their result. The rules
    /// of a large document are spread over `ruleWorkers` threads (``DocumentChecks/spreads(_:)``).
    private func lint(
        _ job: Job, cache: (any LintResultCache)?, ruleWorkers: Int = 1
    ) -> Result<FileResult, ToolFailure> {
        let path = job.input.displayPath
        if cache == nil, let loaded = loadedAhead?.take(for: job.input, spareCore: ruleWorkers > 1) {
            return .success(lint(loaded, path: path, profile: job.profile, ruleWorkers: ruleWorkers))
        }
        let bytes: [UInt8]
        switch job.input.source {
        case .bytes(let given):
            bytes = given
        case .file(let file):
            switch FileBytes.read(at: file, limit: loader.yaml.limits.maxBytes) {
            case .bytes(let read):
                bytes = read
            case .tooLarge:
                return .success(lint(loader.loadTooLargeFile(), path: path, profile: job.profile))
            case nil:
                return .failure(.cannotRead(path))
            }
        }
        guard let cache else {
            return .success(lint(bytes: bytes, path: path, profile: job.profile, ruleWorkers: ruleWorkers))
        }
        if let known = cache.result(for: job, bytes: bytes) { return .success(known) }
        let result = lint(bytes: bytes, path: path, profile: job.profile, ruleWorkers: ruleWorkers)
        cache.store(result, for: job, bytes: bytes)
        return .success(result)
    }

    /// Lints the documents of one file's bytes, then applies the file's suppressions. With more
    /// than one of `ruleWorkers`, a large file is loaded on two threads
    /// (``DocumentLoader/loadFile(bytes:spareCore:)``) and its rules are checked on up to that
    /// many; the result is the same for any number.
    public func lint(bytes: [UInt8], path: String, profile: LintProfile? = nil, ruleWorkers: Int = 1) -> FileResult {
        lint(
            loader.loadFile(bytes: bytes, spareCore: ruleWorkers > 1), path: path, profile: profile,
            ruleWorkers: ruleWorkers)
    }

    private func lint(
        _ loaded: (text: String, documents: [LintDocument], suppressions: [Suppression]), path: String,
        profile: LintProfile?, ruleWorkers: Int = 1
    ) -> FileResult {
        let profile = profile ?? self.profile
        let (text, documents, suppressions) = loaded
        if !freesDocuments {
            for document in documents { _ = Unmanaged.passRetained(document) }
        }
        var findings: [Finding] = []
        var applied = Array(repeating: false, count: profile.rules.count)
        var appliedIDs: [RuleID] = []
        for document in documents {
            // The rules are borrowed from the profile, not copied out of it one by one.
            profile.rules.withUnsafeBufferPointer { rules in
                let workers = ruleWorkers > 1 && DocumentChecks.spreads(document) ? ruleWorkers : 1
                DocumentChecks.check(rules, on: document, workers: workers) { index, ruleID, violations in
                    if !applied[index] {
                        applied[index] = true
                        appliedIDs.append(ruleID)
                    }
                    guard !violations.isEmpty else { return }
                    let severity = profile.severity(of: rules[index])
                    // Made in place: a mapped array appended would copy every finding once more.
                    // (No `reserveCapacity` here: it would make the array exactly as large each
                    // time, copying every finding so far, for every rule of every document.)
                    for violation in violations {
                        findings.append(
                            Finding(
                                ruleID: ruleID, severity: severity, message: violation.message, file: path,
                                documentIndex: document.index, path: violation.path, range: violation.range,
                                isMissing: violation.isMissing))
                    }
                }
            }
        }
        var outcome = SuppressionSet(suppressions: suppressions).apply(
            to: consume findings, file: path, profile: profile, known: profile.knownRuleIDs,
            everyDocumentRead: documents.allSatisfy(\.isReadable))
        // Sorted in place: the findings were handed over (`consume`), so the arrays are not
        // shared and no finding is copied.
        outcome.active.sort { Finding.inOutputOrder($0, $1) }
        outcome.suppressed.sort { Finding.inOutputOrder($0, $1) }
        // A suppressed finding fails no checklist point: its suppression says why the rule does not apply.
        // Findings are grouped by document once: a file of many documents stays linear. When
        // they are all of the file's one document, they are shared rather than grouped.
        // By index: a walk over the findings would copy each.
        let active = outcome.active
        let sharesAll =
            documents.count == 1 && active.indices.allSatisfy { active[$0].documentIndex == documents[0].index }
        let findingsByDocument = sharesAll ? [:] : Dictionary(grouping: outcome.active, by: \.documentIndex)
        let scorecards = documents.filter(\.isReadable).flatMap { document in
            let documentFindings = sharesAll ? outcome.active : findingsByDocument[document.index] ?? []
            return profile.checklists.compactMap { $0.scorecard(for: document, findings: documentFindings) }
        }
        return FileResult(
            path: path, text: text, findings: outcome.active, suppressed: outcome.suppressed, scorecards: scorecards,
            failOn: profile.failOn,
            rulesApplied: profile.appliedRules.shared(appliedIDs.sorted()), keepingSource: keepsSource || cache != nil)
    }
}
