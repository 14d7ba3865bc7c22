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

    @Test func aSmallAgreementRunsAsItIs() throws {
        let folder = try CLIRunner.folder(["liten.yaml": Fixtures.warningOnly])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["liten.yaml", "--verbose"], in: folder, environment: ["GLIBC_TUNABLES": ""])
        #expect(outcome.status == 0)
        #expect(!outcome.stderr.contains(Self.note))
    }
}
