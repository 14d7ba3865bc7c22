import ArgumentParser
import IOPLintCore

/// A failure of the run itself, carried to the entry point, which prints it and exits with 2.
struct RunFailure: Error, CustomStringConvertible {
    let failure: ToolFailure
    let language: Language

    init(_ failure: ToolFailure, language: Language) {
        self.failure = failure
        self.language = language
    }

    var description: String { failure.shown(in: language) }
}
