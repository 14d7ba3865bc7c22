import Foundation
import TestSupport
import Testing

/// A command line naming large agreements (512 KiB or more) runs with glibc's heap in huge pages, and reports
/// exactly what it reports without them.
@Suite struct HugePageRestartTests {
    /// Whether this machine gives huge pages on request (glibc, and the kernel in `madvise`
    /// mode): only then does the program restart.
    static let restarts: Bool = {
        #if canImport(Glibc)
            let mode = try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)
            return mode?.contains("[madvise]") == true
        #else
            return false
        #endif
    }()

    static let note = "iop-lint: the heap is in transparent huge pages (GLIBC_TUNABLES: glibc.malloc.hugetlb=1)"

    @Test func aLargeAgreementRestartsWithHugePagesAndReportsTheSame() throws {
        let folder = try CLIRunner.folder(["stor.yaml": Fixtures.large(bytes: 600_000)])
        defer { TemporaryFolder.remove(folder) }
        let arguments = ["stor.yaml", "--verbose", "--format", "json"]
        let restarted = try CLIRunner.run(arguments, in: folder, environment: ["GLIBC_TUNABLES": ""])
        let kept = try CLIRunner.run(
            arguments, in: folder, environment: ["GLIBC_TUNABLES": "glibc.malloc.hugetlb=0"])
        #expect(restarted.status == 0)
        #expect(restarted.stdout == kept.stdout)
        #expect(restarted.stderr.contains(Self.note) == Self.restarts)
        // The user's setting is kept.
        #expect(!kept.stderr.contains(Self.note))
    }

    @Test func otherTunablesAreKept() throws {
        let folder = try CLIRunner.folder(["stor.yaml": Fixtures.large(bytes: 600_000)])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(
            ["stor.yaml", "--verbose"], in: folder, environment: ["GLIBC_TUNABLES": "glibc.malloc.arena_max=2"])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains(Self.note) == Self.restarts)
    }

    /// git, run for a folder walk, sees the environment the user gave: the restart's setting
    /// and its own variables are gone.
    @Test func programsStartedAfterTheRestartSeeTheGivenEnvironment() throws {
        let fakeGit = """
            #!/bin/sh
            {
              echo "GLIBC_TUNABLES=${GLIBC_TUNABLES-unset}"
              env | grep '^IOP_LINT_' || true
            } > "$(dirname "$0")/environment.txt"
            exit 1

            """
        let folder = try CLIRunner.folder([
            "stor.yaml": Fixtures.large(bytes: 600_000), "mapp/a.yaml": Fixtures.warningOnly, "bin/git": fakeGit,
        ])
        defer { TemporaryFolder.remove(folder) }
        let bin = folder.appendingPathComponent("bin")
        let git = bin.appendingPathComponent("git").path
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: git)
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let outcome = try CLIRunner.run(
            ["stor.yaml", "mapp", "--verbose"], in: folder,
            environment: ["GLIBC_TUNABLES": "glibc.malloc.arena_max=2", "PATH": path])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains(Self.note) == Self.restarts)
        let seen = try String(contentsOf: bin.appendingPathComponent("environment.txt"), encoding: .utf8)
        #expect(seen == "GLIBC_TUNABLES=glibc.malloc.arena_max=2\n")
    }

    @Test func aSmallAgreementRunsAsItIs() throws {
        let folder = try CLIRunner.folder(["liten.yaml": Fixtures.warningOnly])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["liten.yaml", "--verbose"], in: folder, environment: ["GLIBC_TUNABLES": ""])
        #expect(outcome.status == 0)
        #expect(!outcome.stderr.contains(Self.note))
    }
}
