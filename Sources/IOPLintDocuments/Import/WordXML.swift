import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parsing of the package's XML parts with Foundation's `XMLParser`: namespaces processed, no
/// external entities, and no document type declaration at all (WordprocessingML has none, and a
/// DTD is how entity bombs are made).
enum WordXML {
    static func parse(_ data: Data, delegate: any XMLParserDelegate) throws(DocxError) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw .badXML("a document type declaration, which WordprocessingML never has")
        }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse() else {
            let line = parser.lineNumber
            throw .badXML("line \(line): \(parser.parserError.map { "\($0)" } ?? "syntax error")")
        }
    }

    /// The `w:val` attribute, whatever its prefix.
    static func value(_ attributes: [String: String]) -> String? {
        attribute("val", in: attributes)
    }

    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        attributes[name] ?? attributes.first { $0.key.hasSuffix(":" + name) }?.value
    }

    /// Whether a toggle property (`<w:b/>`, `<w:b w:val="0"/>`) is on.
    static func isOn(_ value: String?) -> Bool {
        guard let value else { return true }
        return !["0", "false", "off", "none"].contains(value.lowercased())
    }
}
