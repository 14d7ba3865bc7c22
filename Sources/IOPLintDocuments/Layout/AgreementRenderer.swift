import Foundation
import IOPLintCore

/// Renders an agreement file as a document to sign, after linting it: a file with `format`
/// errors is refused, since what it says is not known for sure.
public struct AgreementRenderer {
    /// What a render gives: the bytes, or the findings that stop it.
    public enum Outcome {
        case rendered(Data)
        /// The file has `format` errors, listed here; nothing was rendered.
        case refused([Finding])
    }

    public let linter: Linter
    public let format: RenderFormat
    /// The language of headings and labels; `nil` for the agreement's own (`language`), else Swedish.
    public let language: Language?
    /// Whether findings other than `format` errors are appended as a last section.
    public let withFindings: Bool

    public init(linter: Linter, format: RenderFormat, language: Language?, withFindings: Bool) {
        self.linter = linter
        self.format = format
        self.language = language
        self.withFindings = withFindings
    }

    /// Renders the agreements of `bytes` (`path` as shown in messages), each from a new page.
    public func render(bytes: [UInt8], path: String) throws(ToolFailure) -> Outcome {
        let result = linter.lint(bytes: bytes, path: path)
        let blocking = result.findings.filter { $0.ruleID.pack == "format" && $0.severity == .error }
        if !blocking.isEmpty { return .refused(blocking) }
        let documents = linter.loader.load(bytes: bytes).documents
        let language = language ?? documents.first?.language ?? .sv
        var rendered = RenderedDocument(language: language, title: "", blocks: [])
        for document in documents {
            let one = AgreementLayout(agreement: document.agreement, language: language).document()
            if rendered.blocks.isEmpty {
                rendered.title = one.title
                rendered.textLanguage = one.textLanguage
            } else {
                rendered.blocks.append(.pageBreak)
            }
            rendered.blocks += one.blocks
        }
        if withFindings, !result.findings.isEmpty {
            rendered.blocks += Self.findingsAppendix(result.findings, language: language)
        }
        switch format {
        case .markdown: return .rendered(Data(MarkdownWriter().write(rendered).utf8))
        case .html: return .rendered(Data(HTMLWriter().write(rendered).utf8))
        case .docx:
            do {
                return .rendered(try DocxWriter().write(rendered))
            } catch {
                throw ToolFailure(
                    message: LocalizedText(
                        en: "cannot build the Word document: \(error)", sv: "kan inte skapa Word-dokumentet: \(error)"),
                    file: path)
            }
        }
    }

    /// A last section listing the findings: rule, line, message.
    static func findingsAppendix(_ findings: [Finding], language: Language) -> [DocumentBlock] {
        let header = LocalizedText(en: "Findings of iop-lint", sv: "Anmärkningar från iop-lint")[language]
        let columns = [
            LocalizedText(en: "Line", sv: "Rad"), LocalizedText(en: "Severity", sv: "Allvarlighet"),
            LocalizedText(en: "Rule", sv: "Regel"), LocalizedText(en: "Finding", sv: "Anmärkning"),
        ].map { $0[language] }
        let rows = findings.map { finding in
            [
                String(finding.range.start.line), finding.severity.name(in: language), finding.ruleID.description,
                finding.message[language],
            ]
        }
        return [.heading(level: 1, text: header), .table(header: columns, rows: rows)]
    }
}
