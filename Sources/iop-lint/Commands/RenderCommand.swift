import ArgumentParser
import Foundation
import IOPLintCore
import IOPLintDocuments

/// `iop-lint render FILE.yaml --format docx|html|markdown`: the agreement as a document to sign.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render an agreement as a document to sign: Word (.docx), HTML or Markdown.",
        discussion: """
            The agreement is linted first: a file with format errors is refused (exit 1) with the \
            errors listed. With --with-findings, the other findings are appended as a last section. \
            Without --output, a Word document is written beside the agreement (utkast.yaml → \
            utkast.docx) and HTML and Markdown to standard output.
            """)

    @Argument(help: "The agreement to render (.yaml).")
    var file: String

    @Option(name: .shortAndLong, help: "docx, html or markdown.")
    var format: RenderFormat = .docx

    @Option(name: .shortAndLong, help: "Write the document to this file.")
    var output: String?

    @Option(help: "Language of headings and labels: sv or en (default: the agreement's `language`, else sv).")
    var lang: Language?

    @Flag(help: "Append the findings that do not stop rendering as a last section.")
    var withFindings = false

    @OptionGroup var selection: RuleSelectionOptions

    func run() throws {
        let messageLanguage = lang ?? Language.fromEnvironment(ProcessEnvironment.value)
        do {
            try OutputGuard.check(output, option: "--output", against: [RawPath(file)])
            let data = try FileBytes.contents(atPath: file)
            let profile = try Self.profile(for: file, selection: selection)
            let renderer = AgreementRenderer(
                linter: Linter(profile: profile), format: format, language: lang, withFindings: withFindings)
            switch try renderer.render(bytes: data, path: file) {
            case .refused(let findings):
                let report = LintReport(
                    files: [FileResult(path: file, text: String(decoding: data, as: UTF8.self), findings: findings)],
                    failures: [], rules: [])
                let text = ReportFormat.text.reporter.render(report, options: ReportOptions(language: messageLanguage))
                StandardError.write(text)
                let note = LocalizedText(
                    en: "not rendered: fix the format errors first", sv: "inte renderad: rätta formatfelen först")
                StandardError.write("\(ToolInfo.name): \(note[messageLanguage])\n")
                throw ExitCode(ExitStatus.findings.rawValue)
            case .rendered(let bytes):
                try write(bytes, language: messageLanguage)
            }
        } catch let failure as ToolFailure {
            throw RunFailures(failure, language: messageLanguage)
        } catch let failures as ToolFailures {
            throw RunFailures(failures.failures, language: messageLanguage)
        }
    }

    private func write(_ bytes: Data, language: Language) throws {
        if let output {
            try AtomicFile.write(bytes, to: output)
        } else if format == .docx {
            let target = Self.besides(file, fileExtension: "docx")
            try AtomicFile.write(bytes, to: target)
            let note = LocalizedText(en: "wrote \(target)", sv: "skrev \(target)")
            StandardError.write("\(ToolInfo.name): \(note[language])\n")
        } else {
            try StandardOutput.write(bytes)
        }
    }

    /// `path` with its extension replaced (`avtal/utkast.yaml` → `avtal/utkast.docx`).
    static func besides(_ path: String, fileExtension: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path + "." + fileExtension }
        return String(path.dropLast(name.distance(from: dot, to: name.endIndex))) + "." + fileExtension
    }

    /// The profile `lint` would use for `path`: its nearest configuration, or the defaults.
    static func profile(for path: String, selection: RuleSelectionOptions) throws -> LintProfile {
        let resolver = ConfigResolver(commandLine: selection.commandLine())
        if let configPath = ConfigFinder(explicit: selection.config).configuration(forFile: path) {
            let (configuration, ruleSet) = try resolver.load(configPath)
            return try resolver.profile(for: path, configuration: configuration, ruleSet: ruleSet)
        }
        return try resolver.profile(for: path, configuration: nil, ruleSet: try resolver.ruleSetWithoutConfiguration())
    }
}

extension RenderFormat: ExpressibleByArgument {}
