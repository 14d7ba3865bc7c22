import ArgumentParser
import Foundation
import IOPLintCore
import IOPLintDocuments

/// `iop-lint import FILE.docx`: a Word draft as an agreement in YAML.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a Word document (.docx) as a draft agreement in YAML.",
        discussion: """
            Headings become sections, labelled lines and tables become keys, free text goes to the \
            key its section maps to. Text that cannot be mapped is kept as YAML comments where it \
            was; guessed values are written "TODO: …" so that lint flags them. A summary goes to \
            standard error. Without --output the YAML goes to standard output. A file that is not \
            a Word document, is encrypted, damaged or a zip bomb exits with 2.
            """)

    @Argument(help: "The Word document (.docx).")
    var file: String

    @Option(help: "The kind of agreement: iop, overenskommelse, kommunalt-partnerskap or samverkan.")
    var kind: AgreementKind?

    @Option(help: "Language of the document and of the messages: sv or en (default: told from the document).")
    var lang: Language?

    @Option(name: .shortAndLong, help: "Write the YAML to this file (atomically).")
    var output: String?

    func run() throws {
        let messages = lang ?? Language.fromEnvironment(ProcessEnvironment.value)
        do {
            try OutputGuard.check(output, option: "--output", against: [RawPath(file)])
        } catch {
            throw RunFailures(error, language: messages)
        }
        let data: [UInt8]
        do {
            data = try FileBytes.contents(atPath: file, limit: DocxArchive.Limits().maxFileBytes)
        } catch {
            throw RunFailures(error, language: messages)
        }
        let base = file.split(separator: "/").last.map(String.init) ?? file
        let importer = AgreementImporter(
            kind: kind, language: lang, fallbackID: base.split(separator: ".").first.map(String.init) ?? "utkast")
        let result: ImportResult
        do {
            result = try importer.importDocument(Data(data))
        } catch {
            throw RunFailures(
                ToolFailure(message: error.message.map { text, _ in "\(file): \(text)" }), language: messages)
        }
        if let output {
            do {
                try AtomicFile.write(result.yaml, to: output)
            } catch {
                throw RunFailures(error, language: messages)
            }
        } else {
            do {
                try StandardOutput.write(result.yaml)
            } catch {
                throw RunFailures(error, language: messages)
            }
        }
        let note = LocalizedText(en: "import", sv: "import")[messages]
        StandardError.write("\(ToolInfo.name): \(note): \(result.summary.text(in: messages))\n")
    }
}

extension AgreementKind: ExpressibleByArgument {}
