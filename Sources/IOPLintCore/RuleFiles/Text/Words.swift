/// Splits text into words: the tokenizer every text check shares.
///
/// A word is a run of letters (any script, with their combining marks: `å`, `é`, `ü`) and
/// digits. A single joiner between two such characters keeps the word whole:
///
/// - a hyphen (`IOP-avtal`, `à-pris`, `2025-01-01`), also `‐`, `‑` and the soft hyphen;
/// - a colon (`LOU:s`, `IOP:n`, `14:00`);
/// - an apostrophe between letters (`don't`, `council’s`);
/// - a full stop (`t.ex`, `bl.a`, `0.5`, `www.huddinge.se`); the stop that ends `t.ex.` is
///   not part of the word;
/// - a comma between digits (`1,5`).
///
/// Everything else separates words: whitespace, `/` (`och/eller` is two words), `§`, `%`,
/// quotes, brackets, a dash between spaces, a hyphen at a word's end (`köp- och säljavtal`).
/// A number is a word (`35 %` is one word, `10 000` two).
public enum Words {
    /// The words of `text`, in order.
    public static func split(_ text: String) -> [Word] {
        split(Array(text.unicodeScalars))
    }

    /// How many words `text` has (what `min-words` and `max-words` count).
    public static func count(in text: String) -> Int {
        split(text).count
    }

    /// The words of a text given as its scalars; ranges index `scalars`.
    static func split(_ scalars: [Unicode.Scalar]) -> [Word] {
        spans(scalars).map { Word(text: string(scalars[$0]), range: $0) }
    }

    /// Where the words of a text given as its scalars stand, in order.
    static func spans(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        scalars.withUnsafeBufferPointer { scalars in forEachSpan(in: scalars) { words.append($0) } }
        return words
    }

    /// Calls `body` with where each word of `scalars` stands, in order, without collecting them.
    static func forEachSpan(in scalars: UnsafeBufferPointer<Unicode.Scalar>, _ body: (Range<Int>) -> Void) {
        var index = 0
        while index < scalars.count {
            guard isCore(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < scalars.count {
                if continues(scalars[index]) {
                    index += 1
                } else if index + 1 < scalars.count, joins(scalars[index], scalars[index - 1], scalars[index + 1]) {
                    index += 2
                } else {
                    break
                }
            }
            body(start..<index)
        }
    }

    /// Whether `text` surely has no more than `limit` words, told from its UTF-8 without
    /// splitting it: `false` when it may have more.
    ///
    /// A word starts with a letter or a digit that is not preceded by one, so the letters and
    /// digits that follow anything else (or start the text) are at least as many as the words.
    /// Those are counted; a scalar from U+0100 on, whose class is not looked up, counts as both.
    static func surelyAtMost(_ limit: Int, in text: String) -> Bool {
        // Words are a byte or more apart: a text of n bytes has no more than (n + 1) / 2.
        if text.utf8.count / 2 < limit { return true }
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes in
            wordStarts(in: bytes, stoppingAbove: limit) <= limit
        }
        return answer ?? (limit >= Words.count(in: text))
    }

    /// The letters and digits of `bytes` (UTF-8) that follow anything else or start the text,
    /// a scalar from U+0100 on counting as both (``surelyAtMost(_:in:)``); the count stops once
    /// it is over `limit`. Eight ASCII bytes at a time are read as one word when
    /// `eightAtATime` (the same count, told apart from the byte-by-byte one in tests).
    static func wordStarts(
        in bytes: UnsafeBufferPointer<UInt8>, stoppingAbove limit: Int, eightAtATime: Bool = true
    ) -> Int {
        var starts = 0
        var afterOther = true
        var index = 0
        while index < bytes.count {
            if eightAtATime, bytes.count - index >= 8 {
                let word = UInt64(
                    littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                // The ASCII bytes before the first that is not are read at once (all eight when
                // none is): Swedish text has a letter of two bytes every dozen or so.
                let high = word & Self.highBits
                let ascii = high == 0 ? 8 : high.trailingZeroBitCount / 8
                if ascii > 0 {
                    // Each byte's top bit: set for a letter or a digit; the byte before the first
                    // is the last one read. A byte from the first that is not ASCII on is left
                    // out, with what its lane borrows from the lanes above it.
                    let lanes: UInt64 = ascii == 8 ? ~0 : (1 << (8 * ascii)) &- 1
                    let core = Self.lettersAndDigits(word) & lanes
                    let coreBefore = core << 8 | (afterOther ? 0 : 0x80)
                    starts += (core & ~coreBefore).nonzeroBitCount
                    afterOther = core >> (8 * ascii - 1) == 0
                    index += ascii
                    if starts > limit { return starts }
                    if ascii == 8 { continue }
                }
            }
            let byte = bytes[index]
            let isLetterOrDigit: Bool
            if byte < 0x80 {
                isLetterOrDigit = isCore(Unicode.Scalar(byte))
                index += 1
            } else if byte < 0xC4 {
                // U+0080–U+00FF, two bytes: its class is known (``isCore(_:)``).
                isLetterOrDigit = isCore(Unicode.Scalar(UInt8((byte & 0x03) << 6 | bytes[index + 1] & 0x3F)))
                index += 2
            } else {
                if afterOther { starts += 1 }
                afterOther = true
                index += TextAnalysis.utf8Length(ofLead: byte)
                if starts > limit { return starts }
                continue
            }
            if isLetterOrDigit, afterOther { starts += 1 }
            afterOther = !isLetterOrDigit
            if starts > limit { return starts }
        }
        return starts
    }

    /// The top bit of each byte of a word.
    private static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// For eight bytes, the top bit of each that is an ASCII letter or digit (``isCore(_:)``),
    /// right in every lane below the first byte that is not ASCII. A byte below 0x80 with 0x80
    /// added, less `c`, keeps its top bit when it is `c` or more, and `c` + 0x80 less it when it
    /// is `c` or less; no such lane borrows from the next (a byte from 0x80 on may, and only
    /// from the lanes above it).
    private static func lettersAndDigits(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        func atLeast(_ value: UInt64, _ bound: UInt8) -> UInt64 {
            ((value | highBits) &- ones &* UInt64(bound)) & highBits
        }
        func atMost(_ value: UInt64, _ bound: UInt8) -> UInt64 {
            ((ones &* UInt64(bound) | highBits) &- value) & highBits
        }
        let lower = word | 0x2020_2020_2020_2020
        let digits = atLeast(word, 0x30) & atMost(word, 0x39)
        let letters = atLeast(lower, 0x61) & atMost(lower, 0x7A)
        return digits | letters
    }

    /// The text of some scalars.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        // Encoded to UTF-8 here: appending to a String.UnicodeScalarView goes through the
        // standard library's unspecialised code, scalar by scalar, at many times the cost.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A letter or a digit: what a word starts with.
    static func isCore(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Latin-1 (ASCII, å, ä, ö, é, ü) without asking for Unicode properties.
        if value < 0x80 { return value &- 0x30 < 10 || (value | 0x20) &- 0x61 < 26 }
        if value < 0xC0 { return (latin1Supplement >> (value - 0x80)) & 1 != 0 }
        if value < 0x100 { return value != 0xD7 && value != 0xF7 }
        return isCoreByProperties(scalar)
    }

    /// ``isCore(_:)`` by the scalar's Unicode properties: alphabetic or numeric, not a mark.
    static func isCoreByProperties(_ scalar: Unicode.Scalar) -> Bool {
        if isMark(scalar) { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The letters and digits among U+0080–U+00BF, one bit each from U+0080: `ª`, `²`, `³`, `µ`,
    /// `¹`, `º`, `¼`, `½`, `¾` (what ``isCoreByProperties(_:)`` says of them).
    static var latin1Supplement: UInt64 { 0x762C_0400_0000_0000 }

    /// Whether `scalar` continues a word: a letter, a digit or a combining mark.
    static func continues(_ scalar: Unicode.Scalar) -> Bool {
        // No mark below U+0300.
        if scalar.value < 0x300 { return isCore(scalar) }
        return isCore(scalar) || isMark(scalar)
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// A decimal digit (`numericType == .decimal`): `0`–`9`, and the digits of other scripts.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        // Below U+0100 the decimal digits are the ASCII ones.
        if scalar.value < 0x100 { return scalar.value &- 0x30 < 10 }
        return scalar.properties.numericType == .decimal
    }

    private static func joins(_ joiner: Unicode.Scalar, _ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        // The joiner first: most words end at a space, which joins nothing.
        switch joiner {
        case "-", "\u{2010}", "\u{2011}", "\u{00AD}", ":", ".": return isCore(after)
        case "'", "\u{2019}", "\u{02BC}": return isCore(after) && !isDigit(after) && !isDigit(before)
        case ",": return isDigit(before) && isDigit(after)
        default: return false
        }
    }
}
