#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// libxml2's streaming reader (`xmlTextReader`, libxml2's `xmlreader.h`), opened when a Word
/// document is first read rather than linked to the program.
///
/// Linking libxml2 (as Foundation's `XMLParser` does) loads it and the ICU libraries it needs
/// into every run of the program, about a millisecond of each start, while only Word import
/// reads XML. The functions used here have kept their signatures since libxml2 2.6.
struct LibXML2: @unchecked Sendable {
    typealias Reader = OpaquePointer
    typealias ErrorHandler =
        @convention(c) (
            UnsafeMutableRawPointer?, UnsafePointer<CChar>?, Int32, OpaquePointer?
        ) -> Void

    /// The node kinds of `xmlReaderTypes` that ``WordXML`` tells apart.
    enum NodeType: Int32 {
        case element = 1
        case text = 3
        case cdata = 4
        case documentType = 10
        case whitespace = 13
        case significantWhitespace = 14
        case endElement = 15
    }

    /// `xmlParserOption`s: no network, no messages on standard error (the handler gets them).
    static let options: Int32 = 1 << 11 | 1 << 5 | 1 << 6
    /// `XML_PARSER_SEVERITY_ERROR` and `XML_PARSER_SEVERITY_VALIDITY_ERROR`.
    static let errorSeverities: Set<Int32> = [2, 4]

    let readerForMemory:
        @convention(c) (UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32) -> Reader?
    let free: @convention(c) (Reader?) -> Void
    let read: @convention(c) (Reader?) -> Int32
    let nodeType: @convention(c) (Reader?) -> Int32
    let isEmptyElement: @convention(c) (Reader?) -> Int32
    let localName: @convention(c) (Reader?) -> UnsafePointer<CChar>?
    let name: @convention(c) (Reader?) -> UnsafePointer<CChar>?
    let value: @convention(c) (Reader?) -> UnsafePointer<CChar>?
    let moveToNextAttribute: @convention(c) (Reader?) -> Int32
    let lineNumber: @convention(c) (Reader?) -> Int32
    let columnNumber: @convention(c) (Reader?) -> Int32
    let setErrorHandler: @convention(c) (Reader?, ErrorHandler?, UnsafeMutableRawPointer?) -> Void

    /// The library, opened once per process; the failure names the library looked for, and the
    /// functions it lacks when it was found.
    static let shared: Result<LibXML2, LoadFailure> = open()

    struct LoadFailure: Error {
        let detail: String
    }

    #if canImport(Darwin)
        static let libraryNames = ["/usr/lib/libxml2.2.dylib", "libxml2.2.dylib"]
    #else
        static let libraryNames = ["libxml2.so.2"]
    #endif

    private static func open() -> Result<LibXML2, LoadFailure> {
        guard let handle = libraryNames.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
            return .failure(LoadFailure(detail: libraryNames[0]))
        }
        let names = [
            "xmlReaderForMemory", "xmlFreeTextReader", "xmlTextReaderRead", "xmlTextReaderNodeType",
            "xmlTextReaderIsEmptyElement", "xmlTextReaderConstLocalName", "xmlTextReaderConstName",
            "xmlTextReaderConstValue", "xmlTextReaderMoveToNextAttribute", "xmlTextReaderGetParserLineNumber",
            "xmlTextReaderGetParserColumnNumber", "xmlTextReaderSetErrorHandler",
        ]
        var addresses: [String: UnsafeMutableRawPointer] = [:]
        for name in names { addresses[name] = dlsym(handle, name) }
        let missing = names.filter { addresses[$0] == nil }
        guard missing.isEmpty else {
            return .failure(LoadFailure(detail: "\(libraryNames[0]): \(missing.joined(separator: ", "))"))
        }
        func function<Function>(_ name: String) -> Function {
            unsafeBitCast(addresses[name].unsafelyUnwrapped, to: Function.self)
        }
        return .success(
            LibXML2(
                readerForMemory: function("xmlReaderForMemory"), free: function("xmlFreeTextReader"),
                read: function("xmlTextReaderRead"), nodeType: function("xmlTextReaderNodeType"),
                isEmptyElement: function("xmlTextReaderIsEmptyElement"),
                localName: function("xmlTextReaderConstLocalName"), name: function("xmlTextReaderConstName"),
                value: function("xmlTextReaderConstValue"),
                moveToNextAttribute: function("xmlTextReaderMoveToNextAttribute"),
                lineNumber: function("xmlTextReaderGetParserLineNumber"),
                columnNumber: function("xmlTextReaderGetParserColumnNumber"),
                setErrorHandler: function("xmlTextReaderSetErrorHandler")))
    }
}
