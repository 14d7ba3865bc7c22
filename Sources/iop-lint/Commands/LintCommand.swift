import ArgumentParser
import Foundation
import IOPLintCache
import IOPLintCore

/// `iop-lint [lint] PATH...`: checks agreements and reports what it finds.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check agreements (the default command).",
        discussion: """
            Folders are walked for agreements: *.yaml and *.yml files whose first key is iop-lint: \
            (other YAML is skipped; --verbose lists it), leaving out hidden folders, .build, what \
            git ignores and links that point out of the folder. A file named on the command line \
            is linted whatever it is; `-` reads standard input. Each file is linted with the \
            nearest .iop-lint.yml above it (up to the repository root), unless --config names one. With --baseline, findings recorded by \
            --write-baseline are not reported and do not count. Exit codes: 0 no finding at or \
            above --fail-on, 1 at least one (or more warnings than --max-warnings), 2 the run \
            itself failed.
            """)

    @Argument(help: "Files and folders to lint; `-` for standard input (default: the current folder).")
    var paths: [String] = []

    /// The name shown for standard input unless `--stdin-filename` gives one.
    static let defaultStdinFilename = "<stdin>"

    @Option(help: "Name shown for standard input.")
    var stdinFilename = Self.defaultStdinFilename

    @Option(
        help:
            "Lowest severity that makes the exit code 1: error, warning, info or never (default: error, or the configuration's)."
    )
    var failOn: FailThreshold?

    @Option(
        name: .shortAndLong,
        help: "Files linted in parallel; jobs no file takes check a large file's rules (default: number of cores).")
    var jobs: Int?

    @OptionGroup var selection: RuleSelectionOptions

    @OptionGroup var output: OutputOptions

    @OptionGroup var baselines: BaselineOptions

    @OptionGroup var incremental: CacheOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        BuiltInRulesAhead.start()
        defer { BuiltInRulesAhead.waitIfStarted() }
        let resolver = ConfigResolver(commandLine: selection.commandLine(failOn: failOn))
        var language = output.lang ?? Language.fromEnvironment(ProcessEnvironment.value)
        let tally: ReportTally
        do {
            let setUp: SetUp
            var loadedAhead: FileLoadAhead?
            if let file = fileToLoadAhead() {
                // One agreement: read and parsed on this thread (whose heap the allocator grows
                // in the largest steps, for a large one) while the run is set up on another,
                // which has the command and the resolver to itself until it is done.
                let handed = UncheckedSendable((command: self, resolver: resolver))
                let setting = Meanwhile { [language] in
                    try handed.value.command.setUp(resolver: handed.value.resolver, language: language)
                }
                loadedAhead = FileLoadAhead(loading: file.path, with: DocumentLoader(), spareCore: file.spareCore)
                setUp = try setting.value()
            } else {
                setUp = try self.setUp(resolver: resolver, language: language)
            }
            language = setUp.language
            let work = setUp.work
            // Every job carries its own profile: the linter's own is never used, so it need not
            // build a registry of the built-in rules.
            var linter = Linter(profile: LintProfile(rules: [], knownRuleIDs: []))
            let cache = incremental.cache.map(ResultCache.init(directory:))
            linter.cache = cache
            linter.loadedAhead = loadedAhead
            // The process ends after the one file: its documents need not be freed.
            linter.freesDocuments = work.count > 1
            // Source lines are kept for the report only when it shows them.
            linter.keepsSource = output.format.showsSource
            defer {
                if let cache, !output.quiet {
                    for note in cache.notes(verbose: output.verbose) { Self.printNote(note[language]) }
                }
            }
            var options = output.reportOptions(environment: ProcessEnvironment.value)
            options.language = language
            options.skippedFiles = setUp.skipped
            options.maxWarnings = baselines.writeBaseline == nil ? baselines.maxWarnings : nil
            let jobs = jobCount(files: work.count, firstIsLarge: work.first?.input.isLarge == true)
            if let reporter = output.format.reporter.streaming, baselines.writeBaseline == nil {
                tally = try stream(
                    work, linter: linter, failures: setUp.failures, jobs: jobs, reporter: reporter,
                    options: options)
            } else {
                var linted = linter.run(work, jobs: jobs)
                linted.failures = setUp.failures + linted.failures
                let report = try baselines.apply(to: linted, language: language) { note in
                    if !output.quiet { Self.printNote(note[language]) }
                }
                try output.write(output.format.reporter.renderData(report, options: options))
                tally = report.tally
            }
        } catch let failures as ToolFailures {
            throw RunFailures(failures.failures, language: language)
        } catch let failure as ToolFailure {
            throw RunFailures(failure, language: language)
        }
        let status = ExitStatus.of(
            tally, maxWarnings: baselines.maxWarnings, recordingBaseline: baselines.writeBaseline != nil)
        if status == .findings, let note = ExitStatus.warningLimitNote(for: tally, maxWarnings: baselines.maxWarnings) {
            Self.printNote(note[language])
        }
        if status != .clean { throw ExitCode(status.rawValue) }
    }

    /// How many jobs lint `files` files: `--jobs`, else one per core, except for one small file,
    /// which needs one (asking for the number of cores reads the cgroup's limits). A large file's
    /// rules are checked by every job.
    func jobCount(files: Int, firstIsLarge: Bool) -> Int {
        jobs ?? (files > 1 || firstIsLarge ? ProcessInfo.processInfo.activeProcessorCount : 1)
    }

    /// What a run lints: its jobs, the inputs it could not read, how many YAML files a folder
    /// walk skipped, and the language of its messages (the configuration's when the command
    /// line names none).
    private struct SetUp {
        var work: [Linter.Job]
        var failures: [ToolFailure]
        var skipped: Int
        var language: Language
    }

    /// Finds the inputs, their configurations and rules, from the command line.
    private func setUp(resolver: ConfigResolver, language: Language) throws -> SetUp {
        var language = language
        let finder = ConfigFinder(explicit: selection.config)
        if output.lang == nil, let path = finder.configuration(forFile: "./.iop-lint"),
            let configured = try resolver.load(path).0.language
        {
            language = configured
        }
        let documents = paths.filter { WordDocumentHint.isWordDocument($0) }
        if !documents.isEmpty { throw ToolFailures(documents.map(WordDocumentHint.failure(for:))) }
        var collection = try collect(paths.isEmpty ? [RawPath(".")] : RawArguments.paths(paths))
        let files = collection.inputs.compactMap { input -> RawPath? in
            if case .file(let path) = input.source { return path }
            return nil
        }
        try OutputGuard.check(output.output, option: "--output", against: files)
        try OutputGuard.check(baselines.writeBaseline, option: "--write-baseline", against: files)
        if let shard = incremental.shard.flatMap(Shard.init) {
            collection.inputs.removeAll { !shard.contains($0.displayPath) }
        }
        let planned = try plan(collection, finder: finder, resolver: resolver, language: language)
        collection.inputs = []
        let work = try incremental.changed(planned.work, settings: planned.settingsFiles)
        return SetUp(work: work, failures: collection.failures, skipped: collection.skipped.count, language: language)
    }

    /// The inputs of `paths`, collected path by path so that a file found more than once (under
    /// several spellings, or given twice) is linted once under the spelling given first
    /// (``InputDeduplicator``); sorted by the name shown.
    private func collect(_ paths: [RawPath]) throws(ToolFailure) -> InputCollection {
        var collection = InputCollection()
        // Many files are read (to tell agreements apart) and looked at (to find the same file
        // under two names) before any is linted: as many at a time as files are linted (`nil`:
        // one per core, asked for only when there are many).
        for path in paths {
            let part = try InputCollector(readers: jobs).collect(
                [path], stdinName: stdinFilename, stdin: { FileBytes.readStandardInputCapped() ?? [] })
            collection.inputs += part.inputs
            collection.named.formUnion(part.named)
            collection.skipped += part.skipped
            collection.notices += part.notices
            collection.failures += part.failures
        }
        collection.inputs = InputDeduplicator.unique(collection.inputs, readers: jobs).sorted {
            $0.displayPath < $1.displayPath
        }
        collection.skipped = Set(collection.skipped).sorted()
        return collection
    }

    /// The files to lint, in output order, each with its profile (files under one configuration
    /// with the same severities share one) and, for `--cache`, its profile's key; and the
    /// configuration and rule files they depend on. Tells on standard error what the walk left out.
    private func plan(
        _ collection: InputCollection, finder: ConfigFinder, resolver: ConfigResolver, language: Language
    ) throws(ToolFailures) -> (work: [Linter.Job], settingsFiles: Set<String>) {
        if !output.quiet {
            for notice in collection.notices { Self.printNote(notice[language]) }
            if output.verbose {
                for file in collection.skipped { Self.printNote(Self.skippedNote(file)[language]) }
                if let note = LargePages.note { Self.printNote(note[language]) }
            }
        }
        let needsSettings = incremental.cache != nil || incremental.changedSince != nil
        var settings = SettingsOfWork(resolver: resolver)
        var work: [Linter.Job] = []
        work.reserveCapacity(collection.inputs.count)
        for input in collection.inputs {
            let path = input.configurationPath(stdinName: stdinFilename)
            if let setup = try resolver.setup(forFile: path, finder: finder) {
                let key = needsSettings ? try settings.profileKey(of: setup, path: path) : ""
                work.append(.init(input: input, profile: setup.profile, profileKey: key))
            } else if collection.named.contains(input.displayPath), !output.quiet {
                Self.printNote(Self.ignoredNote(input.displayPath)[language])
            }
        }
        return (work, settings.files)
    }

    private static func skippedNote(_ file: String) -> LocalizedText {
        LocalizedText(
            en: "skipped \(file): not an agreement (its first key is not iop-lint:)",
            sv: "hoppade över \(file): ingen överenskommelse (första nyckeln är inte iop-lint:)")
    }

    private static func ignoredNote(_ file: String) -> LocalizedText {
        LocalizedText(
            en: "not linting \(file): the configuration's ignore: excludes it",
            sv: "lintar inte \(file): konfigurationens ignore: utesluter den")
    }

    /// Lints `work` and writes the report as files finish, applying `--baseline` to each file;
    /// returns the run's tally.
    private func stream(
        _ work: [Linter.Job], linter: Linter, failures: [ToolFailure], jobs: Int, reporter: any StreamingReporter,
        options: ReportOptions
    ) throws(ToolFailures) -> ReportTally {
        let baseline = try baselines.baseline.map { path throws(ToolFailures) in try Baseline.load(path) }
        do throws(ToolFailure) {
            let sink = try output.sink()
            let stream = reporter.stream(options: options, to: sink)
            var tally = ReportTally()
            for failure in failures {
                tally.add(failure)
                try stream.add(failure)
            }
            var writeFailure: ToolFailure?
            linter.stream(work, jobs: jobs) { result in
                do throws(ToolFailure) {
                    switch result {
                    case .success(let file):
                        let file = baseline?.applied(to: file) ?? file
                        tally.add(file)
                        try stream.add(file)
                    case .failure(let failure):
                        tally.add(failure)
                        try stream.add(failure)
                    }
                    return true
                } catch {
                    writeFailure = error
                    return false
                }
            }
            if let writeFailure { throw writeFailure }
            try stream.finish()
            try sink.commit()
            return tally
        } catch {
            throw ToolFailures([error])
        }
    }

    /// `iop-lint: note` on standard error, apart from the report.
    private static func printNote(_ note: String) {
        StandardError.write("\(ToolInfo.name): \(TerminalText.escaped(note))\n")
    }
}

extension LintInput {
    var isStandardInput: Bool {
        if case .bytes = source { return true }
        return false
    }

    /// The path that finds the input's configuration and that its `ignore:` patterns match:
    /// standard input as a file named `stdinName` in the current folder, a file by its path; a
    /// path that is not UTF-8 by the name shown, whose folders are the file's when only the
    /// file's own name is not UTF-8.
    func configurationPath(stdinName: String) -> String {
        guard case .file(let path) = source else { return "./" + stdinName }
        return path.string ?? displayPath
    }
}
