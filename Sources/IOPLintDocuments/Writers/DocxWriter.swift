import Foundation
import IOPLintCore
import ZIPFoundation

/// Writes a document as a WordprocessingML package (.docx, ECMA-376): real Title, Heading 1 and
/// Heading 2 styles (so Word's navigation pane and table of contents work), a bullet list style,
/// bordered tables with a repeated header row, A4 pages.
///
/// The package is the same for the same document: entries carry a fixed date.
public struct DocxWriter {
    public init() {}

    /// The .docx bytes.
    public func write(_ document: RenderedDocument) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", DocxParts.contentTypes),
            ("_rels/.rels", DocxParts.packageRelationships),
            (
                "docProps/core.xml",
                DocxParts.coreProperties(title: document.title, language: document.textLanguage ?? document.language)
            ),
            ("word/_rels/document.xml.rels", DocxParts.documentRelationships),
            ("word/styles.xml", DocxParts.styles(language: document.language)),
            ("word/numbering.xml", DocxParts.numbering),
            ("word/document.xml", documentXML(document)),
        ]
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Self.fixedDate,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let bytes = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return bytes
    }

    /// 1 January 2000, for reproducible packages.
    static let fixedDate = Date(timeIntervalSince1970: 946_684_800)

    /// `word/document.xml`.
    func documentXML(_ document: RenderedDocument) -> String {
        var body = ""
        for block in document.blocks { body += xml(for: block) }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(DocxParts.wordNamespace)"><w:body>\(body)\
            <w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
            <w:pgMar w:top="1418" w:right="1247" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>\
            </w:sectPr></w:body></w:document>
            """
    }

    private func xml(for block: DocumentBlock) -> String {
        switch block {
        case .title(let text): paragraph(style: "Title", runs: [(text, false)])
        case .subtitle(let text): paragraph(style: "Subtitle", runs: [(text, false)])
        case .heading(let level, let text): paragraph(style: "Heading\(min(max(level, 1), 2))", runs: [(text, false)])
        case .paragraph(let label, let text):
            paragraph(
                style: nil,
                runs: (label.map { [($0 + ":", true)] } ?? [])
                    + (text.isEmpty ? [] : [(label == nil ? text : " " + text, false)]))
        case .bullets(let items): items.map { paragraph(style: "ListBullet", runs: [($0, false)]) }.joined()
        case .table(let header, let rows): table(header: header, rows: rows)
        case .signature(let block): signature(block)
        case .pageBreak: "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
        }
    }

    /// A paragraph of runs (text, bold).
    private func paragraph(style: String?, runs: [(String, Bool)], properties: String = "") -> String {
        let styleXML = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        let pPr = styleXML.isEmpty && properties.isEmpty ? "" : "<w:pPr>\(styleXML)\(properties)</w:pPr>"
        return "<w:p>\(pPr)" + runs.map { run($0.0, bold: $0.1) }.joined() + "</w:p>"
    }

    private func run(_ text: String, bold: Bool) -> String {
        let rPr = bold ? "<w:rPr><w:b/></w:rPr>" : ""
        return "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(TextEscaping.xml(text))</w:t></w:r>"
    }

    private func table(header: [String], rows: [[String]]) -> String {
        let widths = Self.columnWidths(header: header, rows: rows, total: 9241)
        let grid = widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        func cell(_ text: String, column: Int, head: Bool) -> String {
            let shading = head ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>" : ""
            let width = column < widths.count ? widths[column] : 0
            return "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(shading)</w:tcPr>"
                + paragraph(style: "TableText", runs: [(text, head)]) + "</w:tc>"
        }
        func row(_ cells: [String], head: Bool) -> String {
            let properties = head ? "<w:cantSplit/><w:tblHeader/>" : "<w:cantSplit/>"
            return "<w:tr><w:trPr>\(properties)</w:trPr>"
                + cells.enumerated().map { cell($1, column: $0, head: head) }.joined() + "</w:tr>"
        }
        let headRow = row(header, head: true)
        let bodyRows = rows.map { row($0, head: false) }
        return "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr>"
            + "<w:tblGrid>\(grid)</w:tblGrid>\(headRow)\(bodyRows.joined())</w:tbl>"
            + paragraph(style: nil, runs: [])
    }

    /// Column widths in twentieths of a point: each column at least as wide as its longest word
    /// (about 120 twips a character in 10 pt type), the rest shared out by how much text it holds.
    static func columnWidths(header: [String], rows: [[String]], total: Int) -> [Int] {
        let cells = header.indices.map { column in [header[column]] + rows.map { column < $0.count ? $0[column] : "" } }
        let minimums = cells.map { column in
            ((column.flatMap { $0.split(separator: " ") }.map(\.count).max() ?? 1) + 2) * 120
        }
        let needed = minimums.reduce(0, +)
        guard needed < total else { return minimums.map { $0 * total / max(needed, 1) } }
        let texts = cells.map { column in min(column.map(\.count).max() ?? 1, 60) }
        let textSum = max(texts.reduce(0, +), 1)
        return zip(minimums, texts).map { $0 + (total - needed) * $1 / textSum }
    }

    /// The party, the place-and-date line, a line to sign on and the lines under it, kept on one page.
    private func signature(_ block: SignatureBlock) -> String {
        let keep = "<w:keepNext/><w:keepLines/>"
        var xml = paragraph(style: nil, runs: [(block.party, true)], properties: keep + "<w:spacing w:before=\"360\"/>")
        let date = block.placeAndDate.date.map { "\u{2003}" + $0 } ?? ""
        xml += paragraph(
            style: nil,
            runs: [(block.placeAndDate.label + ":", false), (" " + String(repeating: "_", count: 28) + date, false)],
            properties: keep)
        xml += paragraph(
            style: nil, runs: [],
            properties: keep
                + "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
                + "<w:spacing w:before=\"720\" w:after=\"60\"/><w:ind w:right=\"4536\"/>")
        for (index, line) in block.lines.enumerated() {
            let last = index == block.lines.count - 1
            xml += paragraph(
                style: nil, runs: [(line.label + ":", false), (line.value.isEmpty ? "" : " " + line.value, false)],
                properties: (last ? "" : keep) + "<w:spacing w:after=\"40\"/>")
        }
        return xml
    }
}
