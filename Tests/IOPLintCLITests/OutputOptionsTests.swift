import ArgumentParser
import IOPLintCore
import Testing

@testable import iop_lint

@Suite struct OutputOptionsTests {
    /// `--format`'s help lists the formats the parser accepts, in their order.
    @Test func formatHelpListsEveryFormat() throws {
        #expect(OutputOptions.formatNames == ReportFormat.allValueStrings.joined(separator: ", "))
        let help = LintCommand.helpMessage(columns: 1000)
        #expect(help.contains("Output format: \(OutputOptions.formatNames)."))
    }
}
