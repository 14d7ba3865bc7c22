import Foundation

/// One array member of a pretty-printed JSON object at the top level, whose elements are written
/// before the members ahead of it are known: they wait, as the text they will be, until
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

    /// The text of the elements written so far and set aside.
    private var pieces: [Data] = []
    /// The text of the elements after those in ``pieces``, laid out as in an array that is a
    /// member of an object at the top level (two containers deep). It starts small; once a piece
    /// is set aside, the next one starts with the capacity the first grew to.
    private var elements = JSONWriter(pretty: true, continuingArrayAt: 2)

    /// Writes elements of the array with `write`.
    func append(_ write: (inout JSONWriter) -> Void) {
        write(&elements)
        if elements.byteCount >= Self.pieceSize { pieces.append(elements.takeData()) }
    }

    /// Writes `key` and the array into `json`, and everything `json` holds, with the elements
    /// in between, to `sink`; `json` then goes on after the array. Called once, at the end.
    func write(as key: StaticString, into json: inout JSONWriter, sink: any ReportSink) throws(ToolFailure) {
        pieces.append(elements.takeData())
        json.key(key)
        json.beginArray()
        try sink.write(json.takeText())
        var wroteElements = false
        for piece in pieces where !piece.isEmpty {
            try sink.write(piece)
            wroteElements = true
        }
        json.endArray(afterElementsWrittenElsewhere: wroteElements)
    }
}
