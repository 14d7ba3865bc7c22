import Foundation
import TestSupport
import Testing

/// Inline suppressions, against the built binary.
@Suite struct SuppressionScenarioTests {
    @Test func aSuppressedErrorDoesNotFailTheRun() throws {
        let folder = try CLIRunner.folder([
            "a.yaml":
                "iop-lint: 1\n# iop-lint-disable-next-line format/date -- the date is corrected in the council minutes\nterm: { start: 2025-02-30 }\n"
        ])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("No problems in 1 file (1 suppressed)"))
    }

    @Test func aSuppressionWithoutAReasonIsReportedAndSuppressesNothing() throws {
        let folder = try CLIRunner.folder([
            "a.yaml": "iop-lint: 1\n# iop-lint-disable-next-line format/date\nterm: { start: 2025-02-30 }\n"
        ])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("[format/unused-suppression]"))
        #expect(outcome.stdout.contains("[format/date]"))
    }

    @Test func aFileSuppressionThatSuppressesNothingIsAWarning() throws {
        let folder = try CLIRunner.folder([
            "a.yaml": "# iop-lint-disable-file format/unknown-key -- legacy keys\niop-lint: 1\ntitle: Läxhjälp\n"
        ])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "--fail-on", "warning"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("a.yaml:1:"))
        #expect(outcome.stdout.contains("warning:"))
        #expect(outcome.stdout.contains("[format/unused-suppression]"))
    }

    @Test func sarifCarriesTheJustification() throws {
        let folder = try CLIRunner.folder([
            "a.yaml":
                "iop-lint: 1\n# iop-lint-disable-next-line format/unknown-key -- the council's own key\ntitel: x\n"
        ])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "--format", "sarif"], in: folder)
        #expect(outcome.stdout.contains("\"justification\" : \"the council's own key\""))
    }
}
