import ArgumentParser
import Foundation
import IOPLintCore

/// `iop-lint init`: a commented starter agreement.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter agreement: every section the kind's rules read, with placeholders.")

    @Option(help: "Kind of agreement: iop, overenskommelse, kommunalt-partnerskap or samverkan.")
    var kind: AgreementKind = .iop

    @Option(help: "Language of comments and placeholders: sv or en (default: from LANG / LC_ALL, else en).")
    var lang: Language?

    @Option(name: .shortAndLong, help: "Write the agreement to FILE instead of standard output.")
    var output: String?

    @Flag(help: "Overwrite FILE when it exists.")
    var force = false

    @Option(help: "What the first line's $schema names, relative to the agreement (default: agreement.schema.json).")
    var schema: String = AgreementTemplate.defaultSchemaLocation

    func run() throws {
        let language = lang ?? Language.fromEnvironment(ProcessEnvironment.value)
        let text = AgreementTemplate(kind: kind, language: language, schemaLocation: schema).text()
        guard let output else { return try StandardOutput.write(text) }
        if !force, FileManager.default.fileExists(atPath: output) {
            throw RunFailures(
                ToolFailure(
                    message: LocalizedText(
                        en: "\(output) already exists; use --force to overwrite it",
                        sv: "\(output) finns redan; använd --force för att skriva över den"),
                    file: output),
                language: language)
        }
        do {
            try AtomicFile.write(text, to: output)
        } catch {
            throw RunFailures(error, language: language)
        }
    }
}
