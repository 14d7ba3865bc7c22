import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML document read back with Foundation's `XMLParser`, to check that output is
/// well-formed and to look at what a consumer sees: attribute values and text after the parser
/// has resolved every reference.
final class XMLTree {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// The child elements named `name`.
        func children(_ name: String) -> [Element] {
            children.filter { $0.name == name }
        }

        /// This element and every element below it, depth first.
        var all: [Element] {
            [self] + children.flatMap(\.all)
        }
    }

    let root: Element

    /// Parses `text`; fails with the parser's error and its line when it is not well-formed.
    init(_ text: String) throws {
        let parser = XMLParser(data: Data(text.utf8))
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw NotWellFormed(
                description: "\(parser.parserError.map { "\($0)" } ?? "no root element") at line \(parser.lineNumber)")
        }
        self.root = root
    }

    struct NotWellFormed: Error, CustomStringConvertible {
        var description: String
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: Element?
        private var open: [Element] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            let element = Element(name: elementName, attributes: attributeDict)
            if let parent = open.last { parent.children.append(element) } else { root = element }
            open.append(element)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            open.last?.text += string
        }
    }
}
