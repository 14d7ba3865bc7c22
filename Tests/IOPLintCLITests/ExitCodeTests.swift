import Foundation
import TestSupport
import Testing

/// Every exit code of cli.md, against the built binary.
@Suite struct ExitCodeTests {
    @Test func cleanAgreementExitsZero() throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.clean])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("No problems in 1 file"))
    }

    @Test func syntaxErrorExitsOneWithItsPosition() throws {
        let folder = try CLIRunner.folder(["bad.yaml": Fixtures.syntaxError])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["bad.yaml"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("bad.yaml:4:1: error: YAML syntax error: found unexpected end of stream"))
        #expect(outcome.stdout.contains("[format/yaml-syntax]"))
    }

    @Test func warningsDoNotFailByDefault() throws {
        let folder = try CLIRunner.folder(["w.yaml": Fixtures.warningOnly])
        defer { TemporaryFolder.remove(folder) }
        #expect(try CLIRunner.run(["w.yaml"], in: folder).status == 0)
    }

    @Test(arguments: [("warning", Int32(1)), ("info", 1), ("error", 0), ("never", 0)])
    func failOnSetsTheThreshold(threshold: String, expected: Int32) throws {
        let folder = try CLIRunner.folder(["w.yaml": Fixtures.warningOnly])
        defer { TemporaryFolder.remove(folder) }
        #expect(try CLIRunner.run(["w.yaml", "--fail-on", threshold], in: folder).status == expected)
    }

    @Test func failOnNeverPassesEvenWithErrors() throws {
        let folder = try CLIRunner.folder(["e.yaml": Fixtures.errorAndWarning])
        defer { TemporaryFolder.remove(folder) }
        #expect(try CLIRunner.run(["e.yaml", "--fail-on", "never"], in: folder).status == 0)
    }

    @Test func missingPathExitsTwoNamingIt() throws {
        let outcome = try CLIRunner.run(["no/such/agreement.yaml"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("no such file or directory: no/such/agreement.yaml"))
    }

    @Test(arguments: [["--format", "xml"], ["--jobs", "0"], ["--fail-on", "sometimes"], ["--no-such-option"]])
    func badOptionExitsTwo(arguments: [String]) throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.clean])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml"] + arguments, in: folder)
        #expect(outcome.status == 2)
        #expect(!outcome.stderr.isEmpty)
    }

    @Test func unwritableOutputExitsTwo() throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.clean])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "--output", "missing-folder/report.txt"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("cannot write missing-folder/report.txt"))
    }

    @Test func helpAndVersionExitZero() throws {
        #expect(try CLIRunner.run(["--help"]).status == 0)
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(!version.stdout.isEmpty)
    }
}
