import Foundation
import TestSupport
import Testing

/// One file, one set of findings: however often and however it is named on the command line.
@Suite struct InputIdentityTests {
    @Test func aFileNamedSeveralWaysIsLintedOnceUnderItsFirstName() throws {
        let folder = try CLIRunner.folder(["d/a.yaml": Fixtures.errorAndWarning])
        defer { TemporaryFolder.remove(folder) }
        let absolute = folder.appendingPathComponent("d/a.yaml").path
        let outcome = try CLIRunner.run(["d/a.yaml", "./d//a.yaml", absolute, "d/a.yaml", "d"], in: folder)
        #expect(outcome.status == 1)
        let headings = outcome.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(headings.count == 1)
        #expect(headings.allSatisfy { $0.hasPrefix("d/a.yaml:") })
        #expect(outcome.stdout.contains("in 1 file"))
    }
}
