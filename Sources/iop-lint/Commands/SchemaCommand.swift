import ArgumentParser
import Foundation
import IOPLintCore

/// `iop-lint schema`: the JSON Schema of the agreement format, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of the agreement format, for editors.")

    @Option(help: "Language of titles and descriptions: sv or en (default: from LANG / LC_ALL, else en).")
    var lang: Language?

    @Option(name: .shortAndLong, help: "Write the schema to FILE instead of standard output.")
    var output: String?

    func run() throws {
        let language = lang ?? Language.fromEnvironment(ProcessEnvironment.value)
        let schema = AgreementSchema(language: language).json()
        guard let output else { return try StandardOutput.write(schema) }
        do {
            try AtomicFile.write(schema, to: output)
        } catch {
            throw RunFailures(error, language: language)
        }
    }
}
