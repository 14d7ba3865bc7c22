import Foundation

/// One array member of a pretty-printed JSON object whose elements are written before the
/// members ahead of it are known: they wait, as the text they will be, until
/// ``write(as:into:sink:)`` puts the whole array in its place.
///
/// The text waits in memory: it is what the report is made of, and a report written whole
/// was held in memory whole before it was written.
final class PendingJSONArray {
    /// The elements' text, laid out as in an array open at its depth in the object.
    private var elements: JSONWriter?

    /// An array that is a member of an object at the top level.
    init(depth: Int = 2) {
        elements = JSONWriter(pretty: true, continuingArrayAt: depth, elementsBefore: 0)
    }

    /// Writes elements of the array with `write`.
    func append(_ write: (inout JSONWriter) -> Void) {
        write(&elements!)
    }

    /// Writes `key` and the array into `json`, and everything `json` holds, with the elements
    /// in between, to `sink`. `json` then goes on after the array; this array is left empty.
    func write(as key: StaticString, into json: inout JSONWriter, sink: any ReportSink) throws(ToolFailure) {
        let elements = elements.take()!
        self.elements = JSONWriter(pretty: true, continuingArrayAt: elements.depth, elementsBefore: 0)
        let count = elements.isEmpty ? 0 : 1
        json.key(key)
        json.beginArray()
        try sink.write(json.takeText())
        try sink.write(elements.data())
        json.endArray(elementsWrittenElsewhere: count)
    }
}
