/// A file's text in Unicode scalars (what ``SourcePosition/offset`` counts), read a stretch at a
/// time: the scalars of one node's range (``scalars(_:)``), or the place of the next line break
/// (``offset(ofNext:from:)``). Shared by the file's documents.
///
/// The whole text is never decoded for a rule that asks about one word or one place: that would
/// take four bytes a scalar, 4 MB for an agreement of 1 MB. The first question makes an index of
/// where every 1024th scalar starts in the UTF-8 (one pass over the bytes, 8 bytes an entry), and
/// each stretch is decoded from the entry before it.
final class SourceScalars: Sendable {
    /// Where some scalars start, and how many there are.
    private struct Checkpoints: Sendable {
        /// The UTF-8 offset of scalar `spacing * n`, for each `n`.
        var starts: [Int]
        var count: Int
    }

    /// Scalars between two checkpoints.
    private static let spacing = 1024

    private let text: String
    private let checkpoints = MadeOnce<Checkpoints>()

    init(text: String) {
        self.text = text
    }

    /// A text given as its scalars.
    convenience init(scalars: [Unicode.Scalar]) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self.init(text: String(view))
    }

    /// How many scalars the text has.
    var count: Int { indexed().count }

    /// The whole text in scalars, decoded anew.
    var all: [Unicode.Scalar] { TextAnalysis.scalars(of: text) }

    /// The scalars at the offsets `range`, as far as the text goes.
    func scalars(_ range: Range<Int>) -> [Unicode.Scalar] {
        let checkpoints = indexed()
        let lower = min(max(range.lowerBound, 0), checkpoints.count)
        let upper = min(max(range.upperBound, lower), checkpoints.count)
        return withBytes { bytes in
            let start = Self.byteOffset(of: lower, in: bytes, checkpoints: checkpoints)
            let end = TextAnalysis.utf8Offset(ofScalar: upper, in: bytes, from: lower, at: start)
            return TextAnalysis.scalars(ofUTF8: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    /// The offset of the first `scalar`, an ASCII one, at or after `offset`; `nil` when none
    /// follows. (An ASCII byte is never part of another scalar, so it is looked for byte by byte;
    /// only the scalars passed are counted.)
    func offset(ofNext scalar: Unicode.Scalar, from offset: Int) -> Int? {
        precondition(scalar.isASCII, "only an ASCII scalar is looked for byte by byte")
        let checkpoints = indexed()
        guard offset >= 0, offset < checkpoints.count else { return nil }
        return withBytes { bytes in
            let start = Self.byteOffset(of: offset, in: bytes, checkpoints: checkpoints)
            let target = UInt8(scalar.value)
            guard let found = bytes[start...].firstIndex(of: target) else { return nil }
            return offset + bytes[start..<found].count { $0 & 0xC0 != 0x80 }
        }
    }

    /// The checkpoints, made on the first question.
    private func indexed() -> Checkpoints {
        checkpoints.value { withBytes(Self.checkpoints(of:)) }
    }

    private func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    private static func checkpoints(of bytes: UnsafeBufferPointer<UInt8>) -> Checkpoints {
        var starts: [Int] = [0]
        starts.reserveCapacity(bytes.count / spacing + 1)
        var count = 0
        var offset = 0
        // A scalar starts at every byte that does not continue one (`10xxxxxx`). They are
        // counted eight bytes at a time, and one by one in the eight where a checkpoint falls.
        while offset < bytes.count {
            if bytes.count - offset >= 8 {
                let word = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
                let starting = 8 - (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                if count == 0 || (count - 1) / spacing == (count + starting - 1) / spacing {
                    count += starting
                    offset += 8
                    continue
                }
            }
            let end = min(offset + 8, bytes.count)
            for byte in offset..<end where bytes[byte] & 0xC0 != 0x80 {
                if count > 0 && count % spacing == 0 { starts.append(byte) }
                count += 1
            }
            offset = end
        }
        return Checkpoints(starts: starts, count: count)
    }

    /// The UTF-8 offset where scalar `offset` (at most the count) starts: the end of the text
    /// for the count.
    private static func byteOffset(
        of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, checkpoints: Checkpoints
    ) -> Int {
        guard offset < checkpoints.count else { return bytes.count }
        let (checkpoint, known) = (offset / spacing, offset / spacing * spacing)
        return TextAnalysis.utf8Offset(ofScalar: offset, in: bytes, from: known, at: checkpoints.starts[checkpoint])
    }
}
