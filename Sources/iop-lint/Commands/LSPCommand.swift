import ArgumentParser
import Foundation
import IOPLintCore
import IOPLintServer

/// `iop-lint lsp`: the language server, over standard input and output.
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP 3.17 over standard input and output) for editors.",
        discussion: """
            Each open agreement is linted as `iop-lint` lints the file: its nearest .iop-lint.yml, \
            rule files and inline suppressions. The server publishes diagnostics as you type, and \
            offers hover, quick fixes and completion. Standard output carries protocol messages only.
            """)

    @Option(help: "Language of messages: sv or en (default: the configuration's, else the client's, else LANG).")
    var lang: Language?

    @OptionGroup var selection: RuleSelectionOptions

    func run() throws {
        let options = LanguageServer.Options(
            config: selection.config, commandLine: selection.commandLine(), language: lang,
            fallbackLanguage: Language.fromEnvironment(ProcessEnvironment.value))
        let code = StandardIOServer.run(options: options)
        if code != 0 { throw ExitCode(code) }
    }
}
