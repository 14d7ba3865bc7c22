import Foundation

/// The paragraph styles of a document (`word/styles.xml`): which are headings, the title, lists,
/// bold. Style ids differ by the language of the Word that wrote them (`Heading1`, `Rubrik1`);
/// names of built-in styles do not (`heading 1`), and outline levels say it too.
struct WordStyles {
    struct Style {
        var name = ""
        var basedOn: String?
        var outlineLevel: Int?
        var bold: Bool?
        var isList = false
    }

    var styles: [String: Style] = [:]

    init() {}

    init(xml: Data) throws(DocxError) {
        let handler = Handler()
        try WordXML.parse(xml, handler: handler)
        styles = handler.styles
    }

    /// The heading level of a style: `heading N` by name or outline level N-1, through `basedOn`.
    func headingLevel(of id: String?) -> Int? {
        walk(id) { style in
            let name = style.name.lowercased()
            for prefix in ["heading ", "rubrik "] where name.hasPrefix(prefix) {
                if let level = Int(name.dropFirst(prefix.count)) { return level }
            }
            return style.outlineLevel.map { $0 + 1 }
        }
    }

    func isTitle(_ id: String?) -> Bool {
        guard let id else { return false }
        return ["title", "rubrik"].contains(styles[id]?.name.lowercased() ?? "") || id == "Title" || id == "Rubrik"
    }

    func isSubtitle(_ id: String?) -> Bool {
        guard let id else { return false }
        return ["subtitle", "underrubrik"].contains(styles[id]?.name.lowercased() ?? "") || id == "Subtitle"
    }

    func isBold(_ id: String?) -> Bool {
        walk(id) { $0.bold } ?? false
    }

    func isList(_ id: String?) -> Bool {
        walk(id) { style in
            style.isList || style.name.lowercased().hasPrefix("list") || style.name.lowercased().hasPrefix("punktlista")
                ? true : nil
        } ?? false
    }

    /// The first answer `look` gives for the style or a style it is based on (at most 10 deep).
    private func walk<T>(_ id: String?, _ look: (Style) -> T?) -> T? {
        var current = id
        for _ in 0..<10 {
            guard let key = current, let style = styles[key] else { return nil }
            if let found = look(style) { return found }
            current = style.basedOn
        }
        return nil
    }

    private final class Handler: WordXMLHandler {
        var styles: [String: Style] = [:]
        private var current: (id: String, style: Style)?
        private var inRunProperties = false

        func start(_ element: String, attributes: [String: String]) {
            let value = WordXML.value(attributes)
            switch element {
            case "style"
            where attributes["w:type"] == "paragraph" || WordXML.attribute("type", in: attributes) == "paragraph":
                current = (WordXML.attribute("styleId", in: attributes) ?? "", Style())
            case "name": current?.style.name = value ?? ""
            case "basedOn": current?.style.basedOn = value
            case "outlineLvl": current?.style.outlineLevel = value.flatMap(Int.init)
            case "numPr": current?.style.isList = true
            case "rPr": inRunProperties = true
            case "b" where inRunProperties: current?.style.bold = WordXML.isOn(value)
            default: break
            }
        }

        func end(_ element: String) {
            if element == "rPr" { inRunProperties = false }
            if element == "style", let current {
                styles[current.id] = current.style
                self.current = nil
            }
        }
    }
}
