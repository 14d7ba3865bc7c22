import Foundation
import IOPLintCore

/// Imports a Word document as a draft agreement (YAML): headings become sections (by
/// ``SectionHeadings``), labelled lines and tables become keys (``FieldLabels``,
/// ``TableShape``), free text goes to the key its section maps to, and what safely has a
/// structure is taken out of the text (``TextPatterns``). What cannot be mapped is kept as YAML
/// comments where it was; guessed values are written as `TODO: …` so that the linter flags them.
public struct AgreementImporter {
    /// The kind to write (`--kind`); `nil` to read it from the document.
    public var kind: AgreementKind?
    /// The language of the document (`--lang`); `nil` to tell it from the headings and text.
    public var language: Language?
    /// The id to use when the document has no title (e.g. from the file name).
    public var fallbackID: String

    public init(kind: AgreementKind? = nil, language: Language? = nil, fallbackID: String = "utkast") {
        self.kind = kind
        self.language = language
        self.fallbackID = fallbackID
    }

    /// The draft of the Word document in `data`.
    public func importDocument(_ data: Data) throws(DocxError) -> ImportResult {
        let archive = try DocxArchive(data: data)
        let reader = WordDocumentReader()
        var importer = self
        importer.documentLanguage = try reader.language(archive)
        return importer.importBlocks(try reader.read(archive))
    }

    /// The language the document's properties give, used when `language` is not set.
    var documentLanguage: Language?

    /// The draft of a document's blocks: one agreement per title (a file may hold several).
    public func importBlocks(_ blocks: [WordBlock]) -> ImportResult {
        var agreements: [[WordBlock]] = [[]]
        for block in blocks {
            if case .paragraph(let paragraph) = block, paragraph.isTitle,
                agreements[agreements.count - 1].contains(where: Self.isSectionHeading)
            {
                agreements.append([])
            }
            agreements[agreements.count - 1].append(block)
        }
        var summary = ImportSummary()
        var texts: [String] = []
        for (index, agreementBlocks) in agreements.enumerated() {
            let builder = DraftBuilder(options: self, documentIndex: index)
            for block in agreementBlocks { builder.add(block) }
            texts.append(builder.finish())
            summary.add(builder.summary)
        }
        return ImportResult(yaml: texts.joined(separator: "---\n"), summary: summary)
    }

    private static func isSectionHeading(_ block: WordBlock) -> Bool {
        guard case .paragraph(let paragraph) = block, paragraph.headingLevel != nil else { return false }
        return SectionHeadings.section(forHeading: paragraph.text) != nil
    }
}

/// The draft and what the import did.
public struct ImportResult: Sendable {
    /// The agreement format, ready to lint.
    public var yaml: String
    public var summary: ImportSummary
}

/// What an import mapped, guessed and left over.
public struct ImportSummary: Sendable, Equatable {
    /// Values taken from the document.
    public var mapped = 0
    /// Paths of values that were guessed (written `TODO: …`).
    public var guessed: [String] = []
    /// Passages of the document kept as comments.
    public var leftOver = 0

    public init() {}

    mutating func add(_ other: ImportSummary) {
        mapped += other.mapped
        guessed += other.guessed
        leftOver += other.leftOver
    }

    /// One line for standard error.
    public func text(in language: Language) -> String {
        let guessedPaths = guessed.isEmpty ? "" : " (" + guessed.joined(separator: ", ") + ")"
        return LocalizedText(
            en:
                "\(mapped) values mapped, \(guessed.count) guessed and marked TODO\(guessedPaths), \(leftOver) passages kept as comments",
            sv:
                "\(mapped) värden överförda, \(guessed.count) gissade och markerade TODO\(guessedPaths), \(leftOver) stycken bevarade som kommentarer"
        )[language]
    }
}
