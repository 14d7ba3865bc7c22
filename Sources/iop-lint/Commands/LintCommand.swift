import ArgumentParser
import Foundation
import IOPLintCore

/// `iop-lint [lint] PATH...`: checks agreements and reports what it finds.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check agreements (the default command).",
        discussion: """
            Folders are walked for *.yaml and *.yml (hidden folders and .build skipped); `-` reads \
            standard input. Exit codes: 0 no finding at or above --fail-on, 1 at least one, 2 the run \
            itself failed.
            """)

    @Argument(help: "Files and folders to lint; `-` for standard input (default: the current folder).")
    var paths: [String] = []

    @Option(help: "Name shown for standard input.")
    var stdinFilename = "<stdin>"

    @Option(help: "Lowest severity that makes the exit code 1: error, warning, info or never.")
    var failOn: FailThreshold = .error

    @Option(name: .shortAndLong, help: "Files linted in parallel (default: number of cores).")
    var jobs: Int?

    @Option(help: "Run only these packs (repeatable).")
    var pack: [String] = []

    @Option(help: "Switch a rule on, even outside the chosen packs (repeatable).")
    var enable: [String] = []

    @Option(help: "Switch a rule off (repeatable).")
    var disable: [String] = []

    @OptionGroup var ruleOptions: RuleOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let options = output.reportOptions(environment: environment)
        let ruleSet = try ruleOptions.load(language: options.language)
        let rules = try PackSelection(packs: pack, enable: enable, disable: disable).filter(ruleSet, language: options.language)
        let report: LintReport
        do {
            let inputs = try InputCollector().collect(
                paths.isEmpty ? ["."] : paths, stdinName: stdinFilename,
                stdin: { Array(FileHandle.standardInput.readDataToEndOfFile()) })
            let linter = Linter(rules: rules)
            report = linter.lint(inputs, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            try output.write(output.format.reporter.render(report, options: options))
        } catch {
            throw RunFailures(error, language: options.language)
        }
        let status = ExitStatus.of(report, failOn: failOn)
        if status != .clean { throw ExitCode(status.rawValue) }
    }
}
