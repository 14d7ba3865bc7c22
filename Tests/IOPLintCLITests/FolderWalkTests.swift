import Foundation
import TestSupport
import Testing

/// What a folder walk lints: agreements only, not what git ignores, not through links that lead
/// out of the folder; and what it says about what it leaves out.
@Suite struct FolderWalkTests {
    static let compose = "services:\n  web:\n    image: nginx\n"
    static let ruleFile = "pack: lokal\nrules: []\n"

    @Test func otherYAMLIsSkippedAndCountedInTheSummary() throws {
        let folder = try CLIRunner.folder([
            "avtal/a.yaml": Fixtures.warningOnly, "avtal/docker-compose.yml": Self.compose,
            "avtal/regler/lokal.yml": Self.ruleFile,
        ])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["avtal"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("avtal/a.yaml:2:1"))
        #expect(!outcome.stdout.contains("docker-compose"))
        #expect(outcome.stdout.contains("in 1 file; 2 YAML files skipped: not agreements"))
        #expect(!outcome.stderr.contains("skipped avtal/docker-compose.yml"))

        let verbose = try CLIRunner.run(["avtal", "--verbose"], in: folder)
        #expect(verbose.stderr.contains("skipped avtal/docker-compose.yml: not an agreement"))
        #expect(verbose.stderr.contains("skipped avtal/regler/lokal.yml: not an agreement"))
        #expect(verbose.stdout == outcome.stdout)
    }

    /// A walk that finds hundreds of files reads them several at a time to tell agreements
    /// apart: with one job or two, the same files are linted and skipped.
    @Test func aLargeFolderIsSortedTheSameWithOneJobOrTwo() throws {
        var files: [String: String] = [:]
        for number in 0..<150 {
            files[String(format: "avtal/%03d.yaml", number)] = number % 3 == 0 ? Self.compose : Fixtures.warningOnly
        }
        let folder = try CLIRunner.folder(files)
        defer { TemporaryFolder.remove(folder) }
        let one = try CLIRunner.run(["avtal", "--jobs", "1", "--verbose"], in: folder)
        let two = try CLIRunner.run(["avtal", "--jobs", "2", "--verbose"], in: folder)
        #expect(one.stdout.contains("in 100 files; 50 YAML files skipped: not agreements"))
        #expect(one.stderr.contains("skipped avtal/147.yaml: not an agreement"))
        #expect(!one.stderr.contains("skipped avtal/148.yaml"))
        #expect(two.stdout == one.stdout)
        #expect(two.stderr == one.stderr)
    }

    @Test(arguments: [
        "# Avtal\n\n%YAML 1.2\n---\niop-lint: 1\ntitel: x\n", "\u{FEFF}iop-lint: 1\ntitel: x\n",
        "\"iop-lint\": 1\ntitel: x\n", "{iop-lint: 1, titel: x}\n",
    ])
    func agreementsAreKnownByTheirFirstKey(text: String) throws {
        let folder = try CLIRunner.folder(["avtal/a.yaml": text])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["avtal", "--format", "jsonl"], in: folder)
        #expect(outcome.stdout.contains("\"file\":\"avtal/a.yaml\""))
    }

    @Test func aFileNamedOnTheCommandLineIsLintedWhateverItIs() throws {
        let folder = try CLIRunner.folder(["docker-compose.yml": Self.compose])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["docker-compose.yml", "--format", "jsonl"], in: folder)
        #expect(outcome.stdout.contains("\"file\":\"docker-compose.yml\""))
        #expect(!outcome.stdout.contains("skipped"))
    }

    @Test func aNamedFileThatTheConfigurationIgnoresGetsANotice() throws {
        let folder = try CLIRunner.folder([
            ".iop-lint.yml": CLIRunner.formatOnlyConfiguration + "ignore: [\"arkiv/**\"]\n",
            "arkiv/gammal.yaml": Fixtures.errorAndWarning,
        ])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["arkiv/gammal.yaml"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains("not linting arkiv/gammal.yaml: the configuration's ignore: excludes it"))
        let swedish = try CLIRunner.run(["arkiv/gammal.yaml", "--lang", "sv"], in: folder)
        #expect(swedish.stderr.contains("lintar inte arkiv/gammal.yaml: konfigurationens ignore: utesluter den"))
        let walked = try CLIRunner.run(["."], in: folder)
        #expect(!walked.stderr.contains("not linting"))
    }

    @Test func gitIgnoreAndInfoExcludeAreRespectedInARepository() throws {
        let folder = try CLIRunner.folder([
            "avtal/a.yaml": Fixtures.warningOnly, "avtal/utkast/b.yaml": Fixtures.warningOnly,
            "avtal/lokal.yaml": Fixtures.warningOnly, ".gitignore": "utkast/\n",
        ])
        defer { TemporaryFolder.remove(folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent(".git"))
        try Self.git(["init", "-q", "."], in: folder)
        try Data("lokal.yaml\n".utf8).write(to: folder.appendingPathComponent(".git/info/exclude"))
        let outcome = try CLIRunner.run(["avtal", "--format", "jsonl"], in: folder)
        #expect(outcome.stdout.contains("\"file\":\"avtal/a.yaml\""))
        #expect(!outcome.stdout.contains("utkast/b.yaml"))
        #expect(!outcome.stdout.contains("lokal.yaml"))
        let named = try CLIRunner.run(["avtal/lokal.yaml", "--format", "jsonl"], in: folder)
        #expect(named.stdout.contains("\"file\":\"avtal/lokal.yaml\""))
    }

    @Test func withoutARepositoryGitIgnoreChangesNothing() throws {
        let folder = try CLIRunner.folder([
            "avtal/utkast/b.yaml": Fixtures.warningOnly, ".gitignore": "utkast/\n",
        ])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["avtal", "--format", "jsonl"], in: folder)
        #expect(outcome.stdout.contains("\"file\":\"avtal/utkast/b.yaml\""))
    }

    /// git is started for a walk only where it could find a repository; without git on the
    /// `PATH`, a walk in a repository lints as one outside.
    @Test func gitIsStartedOnlyWhereItCouldFindARepository() throws {
        let fakeGit = """
            #!/bin/sh
            echo "$@" >> "$(dirname "$0")/calls.txt"
            exit 128

            """
        // The folder CLIRunner makes is a repository (it holds `.git`).
        let folder = try CLIRunner.folder(["inne/a.yaml": Fixtures.warningOnly, "bin/git": fakeGit])
        defer { TemporaryFolder.remove(folder) }
        let outside = try TemporaryFolder.make("utanfor", holding: ["a.yaml": Fixtures.warningOnly])
        defer { TemporaryFolder.remove(outside) }
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("git").path)
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let calls = bin.appendingPathComponent("calls.txt")
        _ = try CLIRunner.run([outside.path, "--format", "jsonl"], in: folder, environment: ["PATH": path])
        #expect(!FileManager.default.fileExists(atPath: calls.path))
        let inside = try CLIRunner.run(["inne", "--format", "jsonl"], in: folder, environment: ["PATH": path])
        #expect(inside.status == 0)
        let called = try String(contentsOf: calls, encoding: .utf8)
        #expect(called.contains("ls-files"))
        let withoutGit = try CLIRunner.run(
            ["inne", "--format", "jsonl"], in: folder, environment: ["PATH": folder.appendingPathComponent("tom").path])
        #expect(withoutGit.status == 0)
        #expect(withoutGit.stdout == inside.stdout)
    }

    @Test func linksThatPointOutOfTheFolderAreNotFollowed() throws {
        let outside = try CLIRunner.folder(["hemlig.yaml": Fixtures.warningOnly])
        defer { TemporaryFolder.remove(outside) }
        let folder = try CLIRunner.folder(["avtal/a.yaml": Fixtures.warningOnly])
        defer { TemporaryFolder.remove(folder) }
        let files = FileManager.default
        let avtal = folder.appendingPathComponent("avtal")
        try files.createSymbolicLink(
            atPath: avtal.appendingPathComponent("ut.yaml").path,
            withDestinationPath: outside.appendingPathComponent("hemlig.yaml").path)
        try files.createSymbolicLink(
            atPath: avtal.appendingPathComponent("miljo.yaml").path, withDestinationPath: "/proc/self/environ")
        try files.createSymbolicLink(
            atPath: avtal.appendingPathComponent("kopia.yaml").path, withDestinationPath: "a.yaml")
        let outcome = try CLIRunner.run(["avtal", "--format", "jsonl"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains("not following avtal/ut.yaml: the link points outside avtal"))
        #expect(outcome.stderr.contains("not following avtal/miljo.yaml: the link points outside avtal"))
        #expect(!outcome.stdout.contains("ut.yaml"))
        #expect(!outcome.stdout.contains("miljo.yaml"))
        // A link inside the folder is followed, but it is the file it points at: linted once,
        // under the name that comes first.
        #expect(!outcome.stdout.contains("\"file\":\"avtal/kopia.yaml\""))
        #expect(outcome.stdout.contains("\"file\":\"avtal/a.yaml\""))
    }

    @Test func aFolderThatCannotBeListedFailsAloneAndTheRestIsReported() throws {
        let folder = try CLIRunner.folder([
            "avtal/a.yaml": Fixtures.warningOnly, "avtal/last/b.yaml": Fixtures.warningOnly,
        ])
        defer { TemporaryFolder.remove(folder) }
        let locked = folder.appendingPathComponent("avtal/last")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        // Permissions do not stop root from listing a folder: run as nobody then.
        let launcher = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let outcome = try CLIRunner.run(["avtal"], in: folder, launcher: launcher)
        #expect(outcome.status == 2)
        #expect(outcome.stdout.contains("iop-lint: error: cannot list the folder avtal/last"))
        #expect(outcome.stdout.contains("avtal/a.yaml:2:1"))
        #expect(outcome.stdout.contains("in 1 file"))
    }

    private static func git(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
