import IOPLintCore

/// Writes a document as one self-contained HTML page that prints on A4: a serif body, tables
/// with rules, headings kept with what follows, signature blocks never split over pages.
public struct HTMLWriter {
    public init() {}

    public func write(_ document: RenderedDocument) -> String {
        let e = TextEscaping.xml
        var body: [String] = []
        var signatures: [String] = []
        for block in document.blocks {
            if case .signature(let signature) = block {
                signatures.append(html(signature))
                continue
            }
            if !signatures.isEmpty {
                body.append("<div class=\"signatures\">\n" + signatures.joined(separator: "\n") + "\n</div>")
                signatures = []
            }
            body.append(html(block))
        }
        if !signatures.isEmpty {
            body.append("<div class=\"signatures\">\n" + signatures.joined(separator: "\n") + "\n</div>")
        }
        return """
            <!DOCTYPE html>
            <html lang="\(document.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(document.title))</title>
            <style>
            \(Self.stylesheet)
            </style>
            </head>
            <body>
            <main>
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    private func html(_ block: DocumentBlock) -> String {
        let e = TextEscaping.xml
        switch block {
        case .title(let text): return "<h1>\(e(text))</h1>"
        case .subtitle(let text): return "<p class=\"subtitle\">\(e(text))</p>"
        case .heading(let level, let text): return "<h\(level + 1)>\(e(text))</h\(level + 1)>"
        case .paragraph(let label, let text):
            guard let label else { return "<p>\(e(text))</p>" }
            return "<p><strong>\(e(label)):</strong>\(text.isEmpty ? "" : " " + e(text))</p>"
        case .bullets(let items):
            return "<ul>\n" + items.map { "<li>\(e($0))</li>" }.joined(separator: "\n") + "\n</ul>"
        case .table(let header, let rows):
            let head = "<tr>" + header.map { "<th>\(e($0))</th>" }.joined() + "</tr>"
            let body = rows.map { "<tr>" + $0.map { "<td>\(e($0))</td>" }.joined() + "</tr>" }.joined(separator: "\n")
            return "<table>\n<thead>\(head)</thead>\n<tbody>\n\(body)\n</tbody>\n</table>"
        case .signature(let signature): return html(signature)
        case .pageBreak: return "<hr class=\"page-break\">"
        }
    }

    private func html(_ block: SignatureBlock) -> String {
        let e = TextEscaping.xml
        let lines = block.lines.map { "<p><span class=\"label\">\(e($0.label)):</span> \(e($0.value))</p>" }
        return """
            <section class="signature">
            <p class="party">\(e(block.party))</p>
            <p class="place-date"><span class="label">\(e(block.placeAndDate.label)):</span> \
            \(block.placeAndDate.date.map(e) ?? "")</p>
            <div class="line"></div>
            \(lines.joined(separator: "\n"))
            </section>
            """
    }

    static let stylesheet = """
        @page { size: A4; margin: 25mm 22mm 25mm 25mm; }
        html { background: #f4f4f4; }
        body { margin: 0; font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #111; }
        main { max-width: 165mm; margin: 2em auto; padding: 25mm 22mm; background: #fff; box-shadow: 0 0 4px #bbb; }
        h1 { font-size: 20pt; margin: 0 0 0.2em; }
        .subtitle { font-size: 12pt; font-style: italic; margin-top: 0; color: #333; }
        h2 { font-size: 14pt; margin: 1.4em 0 0.4em; border-bottom: 1px solid #999; }
        h3 { font-size: 12pt; margin: 1em 0 0.3em; }
        h2, h3 { break-after: avoid; page-break-after: avoid; }
        table { border-collapse: collapse; width: 100%; margin: 0.6em 0; font-size: 10pt; }
        th, td { border: 1px solid #888; padding: 3pt 5pt; text-align: left; vertical-align: top; }
        th { background: #eee; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        .signatures { display: flex; flex-wrap: wrap; gap: 12mm; margin-top: 1.5em; }
        .signature { flex: 1 1 70mm; break-inside: avoid; page-break-inside: avoid; }
        .signature .party { font-weight: bold; }
        .signature .line { border-bottom: 1px solid #000; height: 16mm; margin-bottom: 2pt; }
        .signature p { margin: 0.2em 0; }
        .label { color: #333; }
        hr.page-break { border: 0; border-top: 1px dashed #999; margin: 3em 0; break-after: page; page-break-after: always; }
        @media print {
          html { background: none; }
          main { margin: 0; padding: 0; max-width: none; box-shadow: none; }
          hr.page-break { border: 0; margin: 0; }
        }
        """
}
