import Foundation

/// One array member of a pretty-printed JSON object whose elements are written before the
/// members ahead of it are known: they wait, as the text they will be, until
/// ``write(as:into:sink:)`` puts the whole array in its place.
///
/// The text waits in memory: it is what the report is made of, and a report written whole
/// was held in memory whole before it was written. It is kept in pieces of about
/// ``pieceSize`` bytes, written once where they lie: one allocation growing to the size of the
/// array would be copied each time it grew, and each copy would be new memory for the kernel
/// to clear.
final class PendingJSONArray {
    /// The size at which a piece of text is set aside and a new one started.
    static let pieceSize = 1 << 20

    /// The depth of the array in the object it is a member of.
    private let depth: Int
    /// The text of the elements written so far and set aside.
    private var pieces: [Data] = []
    /// The text of the elements after those in ``pieces``, laid out as in an array open at
    /// ``depth``.
    private var elements: JSONWriter
    /// Whether any element has been written.
    private var hasElements = false

    /// An array that is a member of an object at the top level.
    init(depth: Int = 2) {
        self.depth = depth
        elements = Self.writer(depth: depth, elementsBefore: 0)
    }

    /// Writes elements of the array with `write`.
    func append(_ write: (inout JSONWriter) -> Void) {
        write(&elements)
        hasElements = hasElements || !elements.isEmpty || !pieces.isEmpty
        if elements.byteCount >= Self.pieceSize { pieces.append(elements.takeData()) }
    }

    /// Writes `key` and the array into `json`, and everything `json` holds, with the elements
    /// in between, to `sink`. `json` then goes on after the array; this array is left empty.
    func write(as key: StaticString, into json: inout JSONWriter, sink: any ReportSink) throws(ToolFailure) {
        pieces.append(elements.takeData())
        json.key(key)
        json.beginArray()
        try sink.write(json.takeText())
        for piece in pieces where !piece.isEmpty { try sink.write(piece) }
        json.endArray(elementsWrittenElsewhere: hasElements ? 1 : 0)
        pieces = []
        elements = Self.writer(depth: depth, elementsBefore: 0)
        hasElements = false
    }

    /// A writer that starts small: once a piece is set aside, the next one starts with the
    /// capacity the first grew to.
    private static func writer(depth: Int, elementsBefore: Int) -> JSONWriter {
        JSONWriter(pretty: true, continuingArrayAt: depth, elementsBefore: elementsBefore)
    }
}
