import ArgumentParser
import IOPLintCore

/// Failures of the run itself, carried to the entry point, which prints them and exits with 2.
struct RunFailures: Error, CustomStringConvertible {
    let failures: [ToolFailure]
    let language: Language

    init(_ failures: [ToolFailure], language: Language) {
        self.failures = failures
        self.language = language
    }

    init(_ failure: ToolFailure, language: Language) {
        self.init([failure], language: language)
    }

    /// One `iop-lint: error: …` line per failure, with control characters escaped as the
    /// `text` format escapes them.
    var description: String {
        failures.map {
            TerminalText.line(
                "iop-lint: \(Severity.error.name(in: language)): \(TerminalText.escaped($0.shown(in: language)))")
        }.joined(separator: "\n")
    }
}
