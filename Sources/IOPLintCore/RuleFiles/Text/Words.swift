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
            words.append(start..<index)
        }
        return words
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
        if scalar.isASCII {
            return (0x30...0x39).contains(scalar.value) || (0x41...0x5A).contains(scalar.value)
                || (0x61...0x7A).contains(scalar.value)
        }
        // Latin-1 letters (å, ä, ö, é) without asking for Unicode properties.
        if (0xC0...0xFF).contains(scalar.value) { return scalar.value != 0xD7 && scalar.value != 0xF7 }
        if isMark(scalar) { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func continues(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isCore(scalar) }
        return isCore(scalar) || isMark(scalar)
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType == .decimal
    }

    private static func joins(_ joiner: Unicode.Scalar, _ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        guard isCore(after) else { return false }
        switch joiner {
        case "-", "\u{2010}", "\u{2011}", "\u{00AD}", ":", ".": return true
        case "'", "\u{2019}", "\u{02BC}": return !isDigit(after) && !isDigit(before)
        case ",": return isDigit(before) && isDigit(after)
        default: return false
        }
    }
}
