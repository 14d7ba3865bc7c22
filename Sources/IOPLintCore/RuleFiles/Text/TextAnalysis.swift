/// One text taken apart once: its Unicode scalars, its words (``Words``) with their folded
/// forms (``TextFolding``), and its sentences (``Sentences``), all as offsets.
///
/// Every text check of a document reads the same analysis of a scalar (see
/// ``LintDocument/analysis(of:)``), so a text is decoded, folded and segmented at most once
/// however many rules look at it. Nothing here builds a string per word: words and sentences
/// are ranges, and folded words are ranges into one buffer of folded scalars.
final class TextAnalysis: Sendable {
    /// A word: where it stands in ``scalars``, and where its folded form stands in ``folded``.
    ///
    /// Bounds are stored in 32 bits (texts come from files of at most `YAMLLimits.maxBytes`), which
    /// halves the memory of the words of a long text.
    struct Word: Sendable {
        private let bounds: OffsetPair
        private let foldedBounds: OffsetPair
        /// Every folded scalar is below U+0300, where no scalar decomposes or combines: the
        /// folded form equals another folded form exactly when their scalars are the same.
        let isPlain: Bool

        var range: Range<Int> { bounds.range }
        var folded: Range<Int> { foldedBounds.range }

        init(range: Range<Int>, folded: Range<Int>, isPlain: Bool) {
            bounds = OffsetPair(range)
            foldedBounds = OffsetPair(folded)
            self.isPlain = isPlain
        }
    }

    /// A sentence: where it stands in ``scalars`` (with its punctuation), and its words as
    /// indices into ``words``.
    struct Sentence: Sendable {
        private let bounds: OffsetPair
        private let wordBounds: OffsetPair

        var range: Range<Int> { bounds.range }
        var words: Range<Int> { wordBounds.range }

        init(range: Range<Int>, words: Range<Int>) {
            bounds = OffsetPair(range)
            wordBounds = OffsetPair(words)
        }
    }

    /// A range of offsets into one text, in 32 bits each.
    private struct OffsetPair: Sendable {
        private let lower: Int32
        private let upper: Int32

        init(_ range: Range<Int>) {
            lower = Int32(truncatingIfNeeded: range.lowerBound)
            upper = Int32(truncatingIfNeeded: range.upperBound)
        }

        var range: Range<Int> { Range(uncheckedBounds: (Int(lower), Int(upper))) }
    }

    let text: String
    /// The text's scalars, followed by the folded forms of the words that folding changes.
    private let storage: [Unicode.Scalar]
    /// How many scalars the text has: the first ones of ``storage``.
    private let scalarCount: Int
    let words: [Word]
    let sentences: [Sentence]

    /// The text's scalars.
    var scalars: ArraySlice<Unicode.Scalar> { storage[..<scalarCount] }

    /// The folded forms of the words, read by their ``Word/folded`` ranges. A word that folding
    /// leaves as it is (most words: lower case, no accent to take off) reads its own scalars; the
    /// folded forms of the others follow the text's scalars. The folded text is thus not kept a
    /// second time.
    var folded: [Unicode.Scalar] { storage }

    init(_ text: String) {
        self.text = text
        var words: [Word] = []
        var storage: [Unicode.Scalar] = []
        var scalarCount = 0
        Self.withScalars(of: text) { scalars, nonASCII in
            scalarCount = scalars.count
            // Room for the longest folding: one scalar for ASCII, at most three for others.
            withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: scalars.count + 2 * nonASCII) { buffer in
                let (found, foldedCount) = Self.words(of: scalars, foldingInto: buffer)
                words = found
                storage.reserveCapacity(scalars.count + foldedCount)
                storage.append(contentsOf: scalars)
                storage.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<foldedCount]))
            }
        }
        self.storage = storage
        self.scalarCount = scalarCount
        self.words = words
        sentences = Sentences.spans(scalars: storage[..<scalarCount], words: words, folded: storage)
    }

    /// The words of `scalars`, in one pass: each word is folded as it is found, into `buffer`,
    /// and kept there only when folding changed it; its ``Word/folded`` range then counts from
    /// the end of `scalars` (where ``storage`` keeps it), else it is the word's own range. Also
    /// returns how many scalars of `buffer` were kept.
    private static func words(
        of scalars: UnsafeBufferPointer<Unicode.Scalar>, foldingInto buffer: UnsafeMutableBufferPointer<Unicode.Scalar>
    ) -> (words: [Word], foldedCount: Int) {
        let count = scalars.count
        var words: [Word] = []
        words.reserveCapacity(count / 6 + 1)
        var end = 0
        Words.forEachSpan(in: scalars) { range in
            let start = end
            var isPlain = true
            // The bits in which the folded scalars differ from the word's, without a branch per
            // scalar: zero when folding left the word as it is.
            var difference: UInt32 = 0
            for index in range {
                let scalar = scalars[index]
                if scalar.value < 0x80 {
                    // ASCII folds to its lower case; written here rather than through
                    // `TextFolding.append`, whose call per scalar costs 46 M instructions on the
                    // 1 000-file benchmark.
                    let lower = scalar.value &- 0x41 < 26 ? scalar.value | 0x20 : scalar.value
                    buffer[end] = Unicode.Scalar(UInt8(truncatingIfNeeded: lower))
                    difference |= lower ^ scalar.value
                    end += 1
                } else {
                    let before = end
                    TextFolding.append(scalar, to: buffer, at: &end)
                    // Folded into other than one scalar, the word is changed too.
                    difference |= end - before == 1 ? buffer[before].value ^ scalar.value : 1
                    if isPlain, buffer[before..<end].contains(where: { $0.value >= 0x300 }) { isPlain = false }
                }
            }
            if difference != 0 {
                words.append(Word(range: range, folded: (count + start)..<(count + end), isPlain: isPlain))
            } else {
                end = start
                words.append(Word(range: range, folded: range, isPlain: isPlain))
            }
        }
        return (words, end)
    }

    /// Calls `body` with the scalars of `text` and how many of them are not ASCII.
    private static func withScalars<Result>(
        of text: String, _ body: (UnsafeBufferPointer<Unicode.Scalar>, Int) -> Result
    ) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable({ withScalars(ofUTF8: $0, body) }) {
            return result
        }
        let scalars = Array(text.unicodeScalars)
        return scalars.withUnsafeBufferPointer { body($0, scalars.count { !$0.isASCII }) }
    }

    /// Calls `body` with the scalars of well-formed UTF-8 `bytes`, decoded in one pass into a
    /// temporary buffer (`Array(text.unicodeScalars)` counts the scalars first, and appending one
    /// by one checks the capacity each time), and how many of them are not ASCII.
    private static func withScalars<Result>(
        ofUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<Unicode.Scalar>, Int) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: bytes.count) { buffer in
            let (count, nonASCII) = decode(bytes, into: buffer)
            return body(UnsafeBufferPointer(rebasing: buffer[..<count]), nonASCII)
        }
    }

    /// The scalars of `text`, as `Array(text.unicodeScalars)`.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        if let scalars = text.utf8.withContiguousStorageIfAvailable({ scalars(ofUTF8: $0) }) { return scalars }
        return Array(text.unicodeScalars)
    }

    /// The scalars of well-formed UTF-8 (a `String`'s, or a stretch of one that starts and ends
    /// between scalars), decoded straight into the array (which has room for one a byte).
    static func scalars(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = decode(bytes, into: buffer).count
        }
    }

    /// How many bytes the scalar whose UTF-8 starts with `lead` takes.
    @inline(__always)
    static func utf8Length(ofLead lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// Where scalar `number` (0-based) of well-formed UTF-8 `bytes` starts, walking from scalar
    /// `known` (at or before it), which starts at byte `byte`; the end of the bytes when they
    /// hold fewer scalars.
    static func utf8Offset(
        ofScalar number: Int, in bytes: UnsafeBufferPointer<UInt8>, from known: Int = 0, at byte: Int = 0
    ) -> Int {
        var byte = byte
        for _ in known..<number {
            guard byte < bytes.count else { return bytes.count }
            byte += utf8Length(ofLead: bytes[byte])
        }
        return min(byte, bytes.count)
    }

    /// Decodes well-formed UTF-8 (a `String`'s) into `buffer`, which has room for one scalar per
    /// byte; returns how many scalars it wrote.
    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<Unicode.Scalar>
    ) -> (count: Int, nonASCII: Int) {
        var index = 0
        var count = 0
        var nonASCII = 0
        while index < bytes.count {
            let lead = UInt32(bytes[index])
            if lead < 0x80 {
                buffer[count] = Unicode.Scalar(bytes[index])
                index += 1
                count += 1
                continue
            }
            nonASCII += 1
            let value: UInt32
            if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                value =
                    (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F)
                index += 4
            }
            buffer[count] = Unicode.Scalar(value).unsafelyUnwrapped
            count += 1
        }
        return (count, nonASCII)
    }

    /// The folded form of word `index`, as a string (canonical equality: for dictionaries).
    func key(_ index: Int) -> String {
        Words.string(folded[words[index].folded])
    }

    /// The folded scalars of word `index`.
    func foldedScalars(_ index: Int) -> ArraySlice<Unicode.Scalar> {
        folded[words[index].folded]
    }

    /// Whether word `index` folds to exactly `scalars` (plain text, such as ASCII).
    func word(_ index: Int, folds scalars: [Unicode.Scalar]) -> Bool {
        let range = words[index].folded
        guard range.count == scalars.count else { return false }
        for (offset, scalar) in scalars.enumerated() where folded[range.lowerBound + offset] != scalar { return false }
        return true
    }

    /// The text of some scalars of the text.
    func string(_ range: Range<Int>) -> String {
        Words.string(storage[range])
    }

    /// Word `index` as the public ``IOPLintCore/Word``.
    func publicWord(_ index: Int) -> IOPLintCore.Word {
        IOPLintCore.Word(text: string(words[index].range), range: words[index].range)
    }

    /// A sentence as the public ``IOPLintCore/Sentence``.
    func publicSentence(_ sentence: Sentence) -> IOPLintCore.Sentence {
        IOPLintCore.Sentence(
            text: string(sentence.range), range: sentence.range, words: sentence.words.map(publicWord))
    }
}
