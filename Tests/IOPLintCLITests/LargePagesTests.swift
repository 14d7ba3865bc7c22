import Foundation
import TestSupport
import Testing

/// A command line naming large agreements (512 KiB or more) asks for its memory in huge pages,
/// and reports exactly what it reports without them.
@Suite struct LargePagesTests {
    /// Whether this machine's kernel gives huge pages to memory that asks for them: only then
    /// does `--verbose` say the run has them.
    static let kernelGivesThem: Bool = {
        let mode = try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)
        return mode.map { $0.contains("[madvise]") || $0.contains("[always]") } ?? false
    }()

    static let note = "iop-lint: memory is asked for in transparent huge pages (MIMALLOC_LARGE_OS_PAGES=1)"

    @Test func aLargeAgreementAsksForHugePagesAndReportsTheSame() throws {
        let folder = try CLIRunner.folder(["stor.yaml": Fixtures.large(bytes: 600_000)])
        defer { TemporaryFolder.remove(folder) }
        let arguments = ["stor.yaml", "--verbose", "--format", "json"]
        let asked = try CLIRunner.run(arguments, in: folder)
        let kept = try CLIRunner.run(arguments, in: folder, environment: ["MIMALLOC_LARGE_OS_PAGES": "0"])
        #expect(asked.status == 0)
        #expect(asked.stdout == kept.stdout)
        #expect(asked.stderr.contains(Self.note) == Self.kernelGivesThem)
        // The user's setting decides.
        #expect(!kept.stderr.contains(Self.note))
    }

    @Test func theUsersSettingAlsoTurnsThemOnForASmallAgreement() throws {
        let folder = try CLIRunner.folder(["liten.yaml": Fixtures.warningOnly])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(
            ["liten.yaml", "--verbose"], in: folder, environment: ["MIMALLOC_LARGE_OS_PAGES": "1"])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains(Self.note) == Self.kernelGivesThem)
    }

    @Test func aSmallAgreementRunsInSmallPages() throws {
        let folder = try CLIRunner.folder(["liten.yaml": Fixtures.warningOnly])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["liten.yaml", "--verbose"], in: folder)
        #expect(outcome.status == 0)
        #expect(!outcome.stderr.contains(Self.note))
    }

    /// A folder is not walked for the decision: many small agreements are many small documents.
    @Test func aFolderOfAgreementsRunsInSmallPages() throws {
        let folder = try CLIRunner.folder(["mapp/stor.yaml": Fixtures.large(bytes: 600_000)])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["mapp", "--verbose"], in: folder)
        #expect(outcome.status == 0)
        #expect(!outcome.stderr.contains(Self.note))
    }
}
