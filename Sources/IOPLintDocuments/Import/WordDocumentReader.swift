import Foundation
import IOPLintCore

/// Reads the body of a Word document (`word/document.xml` with its `styles.xml`) into
/// paragraphs and tables (ECMA-376 Part 1, §17.3 paragraphs and runs, §17.4 tables).
public struct WordDocumentReader {
    public init() {}

    /// The blocks of the package's main document, in order.
    public func read(_ archive: DocxArchive) throws(DocxError) -> [WordBlock] {
        let mainPath = try Self.mainDocumentPath(archive)
        guard let document = try archive.part(mainPath) else {
            if archive.contains("mimetype") || archive.contains("content.xml") {
                throw .notWord("an OpenDocument file; save it as .docx")
            }
            if archive.contains("xl/workbook.xml") { throw .notWord("an Excel workbook") }
            if archive.contains("ppt/presentation.xml") { throw .notWord("a PowerPoint presentation") }
            throw .notWord(nil)
        }
        let folder = mainPath.split(separator: "/").dropLast().joined(separator: "/")
        let stylesPath = folder.isEmpty ? "styles.xml" : folder + "/styles.xml"
        let styles =
            try archive.part(stylesPath).map { data throws(DocxError) in try WordStyles(xml: data) } ?? WordStyles()
        return try read(documentXML: document, styles: styles)
    }

    /// The blocks of `documentXML`, with `styles` telling headings and lists.
    func read(documentXML: Data, styles: WordStyles) throws(DocxError) -> [WordBlock] {
        let handler = Handler(styles: styles)
        try WordXML.parse(documentXML, handler: handler)
        return handler.blocks
    }

    /// The language the package's core properties give (`docProps/core.xml`, `dc:language`),
    /// when it is Swedish or English.
    public func language(_ archive: DocxArchive) throws(DocxError) -> Language? {
        guard let core = try archive.part("docProps/core.xml") else { return nil }
        let handler = ElementTextHandler(element: "language")
        try WordXML.parse(core, handler: handler)
        let tag = handler.text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if tag.hasPrefix("sv") { return .sv }
        if tag.hasPrefix("en") { return .en }
        return nil
    }

    private final class ElementTextHandler: WordXMLHandler {
        let element: String
        var text = ""
        private var inside = false

        init(element: String) {
            self.element = element
        }

        func start(_ element: String, attributes: [String: String]) {
            if element == self.element { inside = true }
        }

        func text(_ string: String) {
            if inside { text += string }
        }

        func end(_ element: String) {
            if element == self.element { inside = false }
        }
    }

    /// The main document's path from the package relationships (`word/document.xml` when they
    /// do not say).
    static func mainDocumentPath(_ archive: DocxArchive) throws(DocxError) -> String {
        guard let relationships = try archive.part("_rels/.rels") else { return "word/document.xml" }
        let handler = RelationshipsHandler()
        try WordXML.parse(relationships, handler: handler)
        guard var target = handler.officeDocument else { return "word/document.xml" }
        if target.hasPrefix("/") { target.removeFirst() }
        return target
    }

    private final class RelationshipsHandler: WordXMLHandler {
        var officeDocument: String?

        func start(_ element: String, attributes: [String: String]) {
            guard element == "Relationship", let type = attributes["Type"], type.hasSuffix("/officeDocument") else {
                return
            }
            officeDocument = attributes["Target"]
        }
    }

    private final class Handler: WordXMLHandler {
        let styles: WordStyles
        var blocks: [WordBlock] = []

        private var paragraph: WordParagraph?
        private var styleID: String?
        private var outlineLevel: Int?
        private var listItem = false
        private var runsWithText = 0
        private var boldRuns = 0
        private var inParagraphProperties = false
        private var inRun = false
        private var inRunProperties = false
        private var runBold: Bool?
        private var runText = ""
        private var inText = false
        /// Open tables, innermost last: rows of cells, the row being read, the cell's paragraphs.
        private var tables: [(rows: [[String]], row: [String], cell: [String])] = []

        init(styles: WordStyles) {
            self.styles = styles
        }

        func start(_ element: String, attributes: [String: String]) {
            switch element {
            case "p" where paragraph == nil:
                paragraph = WordParagraph(text: "")
                (styleID, outlineLevel, listItem, runsWithText, boldRuns) = (nil, nil, false, 0, 0)
            case "pPr": inParagraphProperties = true
            case "pStyle" where inParagraphProperties: styleID = WordXML.value(attributes)
            case "numPr" where inParagraphProperties: listItem = true
            case "outlineLvl" where inParagraphProperties: outlineLevel = WordXML.value(attributes).flatMap(Int.init)
            case "r" where !inParagraphProperties: (inRun, runBold, runText) = (true, nil, "")
            case "rPr" where inRun: inRunProperties = true
            case "b" where inRunProperties: runBold = WordXML.isOn(WordXML.value(attributes))
            case "t" where inRun: inText = true
            case "tab" where inRun && !inRunProperties: runText += "\t"
            case "br", "cr": if inRun { runText += "\n" }
            case "tbl": tables.append(([], [], []))
            case "tr" where !tables.isEmpty: tables[tables.count - 1].row = []
            case "tc" where !tables.isEmpty: tables[tables.count - 1].cell = []
            default: break
            }
        }

        func text(_ string: String) {
            if inText { runText += string }
        }

        func end(_ element: String) {
            switch element {
            case "t": inText = false
            case "pPr": inParagraphProperties = false
            case "rPr": inRunProperties = false
            case "r" where inRun:
                inRun = false
                paragraph?.text += runText
                if !runText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    runsWithText += 1
                    if runBold ?? styles.isBold(styleID) { boldRuns += 1 }
                }
            case "p": finishParagraph()
            case "tc" where !tables.isEmpty:
                let cell = tables[tables.count - 1].cell.joined(separator: "\n")
                tables[tables.count - 1].row.append(cell)
            case "tr" where !tables.isEmpty:
                tables[tables.count - 1].rows.append(tables[tables.count - 1].row)
            case "tbl" where !tables.isEmpty:
                let table = tables.removeLast()
                if tables.isEmpty {
                    blocks.append(.table(table.rows))
                } else {
                    // A table inside a cell: its rows become lines of the cell.
                    let lines = table.rows.map { $0.joined(separator: " | ") }
                    tables[tables.count - 1].cell += lines
                }
            default: break
            }
        }

        private func finishParagraph() {
            guard var finished = paragraph else { return }
            paragraph = nil
            if !tables.isEmpty {
                tables[tables.count - 1].cell.append(finished.text)
                return
            }
            finished.isTitle = styles.isTitle(styleID)
            finished.isSubtitle = styles.isSubtitle(styleID)
            if let outlineLevel, outlineLevel < 9 {
                finished.headingLevel = outlineLevel + 1
            } else if !finished.isTitle {
                finished.headingLevel = styles.headingLevel(of: styleID)
            }
            finished.isBold = runsWithText > 0 && boldRuns == runsWithText
            finished.isListItem = listItem || styles.isList(styleID)
            blocks.append(.paragraph(finished))
        }
    }
}
