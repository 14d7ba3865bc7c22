import Foundation
import TestSupport
import Testing

/// One large agreement named alone is read and parsed while the run is set up: its report is
/// the one it gets when it comes on standard input (which is not loaded ahead), and a set-up
/// that fails still says why.
@Suite struct LoadAheadTests {
    static let agreement = Fixtures.large(bytes: 200_000) + "kind: partnerskap\n"

    @Test(arguments: [["--jobs", "1"], ["--jobs", "2"], []])
    func theReportIsTheOneOfTheSameTextOnStandardInput(jobs: [String]) throws {
        let folder = try CLIRunner.folder(["stor.yaml": Self.agreement])
        defer { TemporaryFolder.remove(folder) }
        let named = try CLIRunner.run(["stor.yaml", "--format", "json"] + jobs, in: folder)
        let piped = try CLIRunner.run(
            ["-", "--stdin-filename", "stor.yaml", "--format", "json"] + jobs, in: folder, stdin: Self.agreement)
        #expect(named.status == 1)
        #expect(named.stdout.contains("format/type"))
        #expect(named.stdout == piped.stdout)
        #expect(named.stderr == piped.stderr)
    }

    @Test func aSetUpThatFailsIsReported() throws {
        let folder = try CLIRunner.folder(["stor.yaml": Self.agreement, "trasig.yml": "packs: [core\n"])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["stor.yaml", "--config", "trasig.yml"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("trasig.yml"))
        #expect(outcome.stdout.isEmpty)
    }
}
