import Foundation
import TestSupport
import Testing

@testable import iop_lint

/// One agreement named alone, small or large, is read and parsed while the run is set up: its
/// report is the one it gets when it comes on standard input (which is not loaded ahead), and a
/// set-up that fails still says why.
@Suite struct LoadAheadTests {
    /// A large agreement (its rules checked by every job) and a small one.
    static let agreements = [
        Fixtures.large(bytes: 200_000) + "kind: partnerskap\n", Fixtures.errorAndWarning,
    ]

    @Test(arguments: [["--jobs", "1"], ["--jobs", "2"], []], agreements)
    func theReportIsTheOneOfTheSameTextOnStandardInput(jobs: [String], agreement: String) throws {
        let folder = try CLIRunner.folder(["stor.yaml": agreement])
        defer { TemporaryFolder.remove(folder) }
        let named = try CLIRunner.run(["stor.yaml", "--format", "json"] + jobs, in: folder)
        let piped = try CLIRunner.run(
            ["-", "--stdin-filename", "stor.yaml", "--format", "json"] + jobs, in: folder, stdin: agreement)
        #expect(named.status == 1)
        #expect(named.stdout.contains("format/"))
        #expect(named.stdout == piped.stdout)
        #expect(named.stderr == piped.stderr)
    }

    @Test(arguments: agreements)
    func aSetUpThatFailsIsReported(agreement: String) throws {
        let folder = try CLIRunner.folder(["stor.yaml": agreement, "trasig.yml": "packs: [core\n"])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["stor.yaml", "--config", "trasig.yml"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("trasig.yml"))
        #expect(outcome.stdout.isEmpty)
    }

    @Test func aRegularFileNamedAloneIsLoadedAheadWhateverItsSize() throws {
        let folder = try CLIRunner.folder([
            "liten.yaml": Fixtures.errorAndWarning, "stor.yaml": Self.agreements[0], "avtal/a.yaml": Fixtures.clean,
        ])
        defer { TemporaryFolder.remove(folder) }
        // Whether the file is loaded ahead with a spare core; `nil` when it is not loaded ahead.
        func spareCore(_ name: String, _ options: [String] = []) throws -> Bool? {
            let path = folder.appendingPathComponent(name).path
            return try #require(CommonCommandLine.lintCommand([path] + options)).fileToLoadAhead()?.spareCore
        }
        #expect(try spareCore("liten.yaml") == false)
        #expect(try spareCore("liten.yaml", ["--jobs", "2"]) == false)
        #expect(try spareCore("stor.yaml", ["--jobs", "2"]) == true)
        #expect(try spareCore("stor.yaml", ["--jobs", "1"]) == false)
        #expect(try spareCore("avtal") == nil)
        #expect(try spareCore("saknas.yaml") == nil)
    }

    @Test func aFolderNamedAloneIsWalked() throws {
        let folder = try CLIRunner.folder(["avtal/a.yaml": Fixtures.errorAndWarning, "avtal/b.yaml": Fixtures.clean])
        defer { TemporaryFolder.remove(folder) }
        let walked = try CLIRunner.run(["avtal", "--format", "json"], in: folder)
        let named = try CLIRunner.run(["avtal/a.yaml", "avtal/b.yaml", "--format", "json"], in: folder)
        #expect(walked.status == 1)
        #expect(walked.stdout.contains("a.yaml"))
        #expect(walked.stdout == named.stdout)
    }
}
