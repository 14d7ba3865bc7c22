import ArgumentParser
import Foundation
import IOPLintCore

/// `iop-lint test RULE-FILE...`: runs the examples of every rule in the given rule files.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the examples of the rules in rule files; exit 1 if any example misbehaves.")

    @Argument(help: "Rule files, or folders of rule files.")
    var files: [String]

    @Option(help: "Language: sv or en (default: from LANG / LC_ALL, else en).")
    var lang: Language?

    @OptionGroup var selection: RuleSelectionOptions

    func run() throws {
        let language = lang ?? Language.fromEnvironment(ProcessEnvironment.value)
        let ruleSet = try selection.ruleSet(language: language, extraPaths: files, replacingBuiltIns: true)
        let tested = Set(
            files.flatMap { path in ruleSet.packs.filter { $0.file == path || $0.file.hasPrefix(path) } }.map(\.name))
        let runner = RuleExampleRunner()
        var failed = false
        var counts = (ok: 0, failed: 0, untested: 0)
        for pack in ruleSet.packs where tested.contains(pack.name) {
            for rule in pack.rules.sorted(by: { $0.id < $1.id }) {
                let outcome = runner.run(rule)
                try StandardOutput.write(TestReport.line(for: outcome, language: language) + "\n")
                if !outcome.isOK {
                    failed = true; counts.failed += 1
                } else if outcome.isUntested {
                    counts.untested += 1
                } else {
                    counts.ok += 1
                }
            }
        }
        try StandardOutput.write(
            TestReport.summary(ok: counts.ok, failed: counts.failed, untested: counts.untested, language: language)
                + "\n")
        if failed { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}
