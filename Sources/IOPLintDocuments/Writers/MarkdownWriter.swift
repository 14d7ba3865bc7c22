import IOPLintCore

/// Writes a document as Markdown (CommonMark with GitHub tables): for a repository, a wiki or a
/// pull request.
public struct MarkdownWriter {
    public init() {}

    public func write(_ document: RenderedDocument) -> String {
        var lines: [String] = []
        for block in document.blocks {
            lines += self.lines(for: block, language: document.language)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private func lines(for block: DocumentBlock, language: Language) -> [String] {
        let e = TextEscaping.markdown
        switch block {
        case .title(let text): return ["# " + e(text)]
        case .subtitle(let text): return ["*" + e(text) + "*"]
        case .heading(let level, let text): return [String(repeating: "#", count: level + 1) + " " + e(text)]
        case .paragraph(let label, let text):
            guard let label else { return [e(text)] }
            return ["**" + e(label) + ":**" + (text.isEmpty ? "" : " " + e(text))]
        case .bullets(let items): return items.map { "- " + e($0) }
        case .table(let header, let rows):
            let row = { (cells: [String]) in "| " + cells.map { e($0) }.joined(separator: " | ") + " |" }
            return [row(header), "|" + header.map { _ in " --- |" }.joined()] + rows.map(row)
        case .signature(let block):
            var lines = ["**" + e(block.party) + "**", ""]
            lines.append(
                e(block.placeAndDate.label) + ": " + (block.placeAndDate.date.map(e) ?? "______________________"))
            lines += ["", "", "______________________________________", ""]
            lines += block.lines.map { e($0.label) + ": " + e($0.value) + "  " }
            return lines
        case .pageBreak: return ["---"]
        }
    }
}
