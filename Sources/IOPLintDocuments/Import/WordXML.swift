import Foundation
import IOPLintCore

/// What a part's XML holds, element by element, as ``WordXML/parse(_:handler:)`` reads it.
protocol WordXMLHandler: AnyObject {
    /// An element opens: its local name (`p` for `w:p`) and its attributes by qualified name
    /// (`w:val`), namespace declarations left out.
    func start(_ element: String, attributes: [String: String])
    /// Text inside the current element, entities replaced; one text may come in several pieces.
    func text(_ string: String)
    /// The element with this local name closes (an empty element closes right after it opens).
    func end(_ element: String)
}

extension WordXMLHandler {
    func text(_ string: String) {}
    func end(_ element: String) {}
}

/// Parsing of the package's XML parts with libxml2's streaming reader: namespaces processed, no
/// network, and no document type declaration at all (WordprocessingML has none, and a DTD is
/// how entity bombs are made).
enum WordXML {
    static func parse(_ data: Data, handler: some WordXMLHandler) throws(DocxError) {
        // Refused before parsing when written in UTF-8, and by the reader when it meets one in
        // another encoding (UTF-16), before any element.
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw documentTypeDeclaration
        }
        let library: LibXML2
        switch LibXML2.shared {
        case .success(let opened): library = opened
        case .failure(let failure): throw .xmlReaderMissing(failure.detail)
        }
        let failure = data.withUnsafeBytes { bytes in
            Self.read(bytes, with: library, handler: handler)
        }
        if let failure { throw failure }
    }

    private static let documentTypeDeclaration = DocxError.badXML(
        "a document type declaration, which WordprocessingML never has")

    /// Reads `bytes` through to the end, or to the first error, which it returns.
    private static func read(
        _ bytes: UnsafeRawBufferPointer, with library: LibXML2, handler: some WordXMLHandler
    ) -> DocxError? {
        guard let start = bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
            let size = Int32(exactly: bytes.count),
            let reader = library.readerForMemory(start, size, nil, nil, LibXML2.options)
        else { return .badXML("no XML") }
        defer { library.free(reader) }
        let errors = ReaderErrors()
        library.setErrorHandler(reader, ReaderErrors.record, Unmanaged.passUnretained(errors).toOpaque())
        func text(_ pointer: UnsafePointer<CChar>?) -> String { pointer.map { String(cString: $0) } ?? "" }
        while true {
            let status = withExtendedLifetime(errors) { library.read(reader) }
            if status == 0 { return nil }
            guard status > 0 else {
                return .malformedXML(
                    line: Int(library.lineNumber(reader)), column: Int(library.columnNumber(reader)),
                    problem: errors.message ?? "not well-formed")
            }
            switch LibXML2.NodeType(rawValue: library.nodeType(reader)) {
            case .element:
                let element = text(library.localName(reader))
                let isEmpty = library.isEmptyElement(reader) == 1
                var attributes: [String: String] = [:]
                while library.moveToNextAttribute(reader) == 1 {
                    let name = text(library.name(reader))
                    if name == "xmlns" || name.hasPrefix("xmlns:") { continue }
                    attributes[name] = text(library.value(reader))
                }
                handler.start(element, attributes: attributes)
                if isEmpty { handler.end(element) }
            case .text, .cdata, .whitespace, .significantWhitespace:
                handler.text(text(library.value(reader)))
            case .endElement:
                handler.end(text(library.localName(reader)))
            case .documentType:
                return documentTypeDeclaration
            case nil:
                break
            }
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

/// The message of the first error libxml2 reports while reading a part, made safe to print
/// (controls escaped as reports escape them, at most 200 characters), since it may quote the
/// document.
private final class ReaderErrors {
    var message: String?

    static let record: LibXML2.ErrorHandler = { context, message, severity, _ in
        guard let context, let message, LibXML2.errorSeverities.contains(severity) else { return }
        let errors = Unmanaged<ReaderErrors>.fromOpaque(context).takeUnretainedValue()
        guard errors.message == nil else { return }
        let trimmed = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        errors.message = String(TerminalText.escaped(trimmed).prefix(200))
    }
}
