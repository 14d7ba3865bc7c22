/// Folds words for comparison, so that a term and a word written differently still meet.
///
/// Folding lower-cases every letter (`Å` → `å`, `LOU` → `lou`), writes typographic apostrophes
/// (`’`) as `'` and the Unicode hyphens (`‐`, `‑`) as `-`, drops soft hyphens, and removes the
/// accents that are not letters of their own in Swedish (`é` → `e`, `à` → `a`, also when written
/// as a combining mark). `å`, `ä`, `ö`, `ü`, `æ` and `ø` stay distinct letters: `bär` is not `bar`.
///
/// The result is a `String`, whose equality is canonical: a decomposed `å` (`a` + U+030A) equals
/// the precomposed one, so folded keys work in dictionaries whatever normalisation the text uses.
enum TextFolding {
    /// The folded form of `scalars`.
    static func fold<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> String {
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(scalars.underestimatedCount)
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: 3) { buffer in
            for scalar in scalars {
                var end = 0
                append(scalar, to: buffer, at: &end)
                folded.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<end]))
            }
        }
        return Words.string(folded[...])
    }

    /// The folded form of `text`.
    static func fold(_ text: String) -> String {
        fold(text.unicodeScalars)
    }

    /// Writes the folded form of `scalar` (none, one or more scalars) to `folded` from `end`, and
    /// moves `end` past it. At most three scalars are written: a full lower-case mapping is never
    /// longer (Unicode 3.13), and the other foldings give one scalar or none.
    static func append(
        _ scalar: Unicode.Scalar, to folded: UnsafeMutableBufferPointer<Unicode.Scalar>, at end: inout Int
    ) {
        let value = scalar.value
        if value < 0x80 {
            folded[end] = value &- 0x41 < 26 ? Unicode.Scalar(UInt8(value | 0x20)) : scalar
            end += 1
            return
        }
        if value < UInt32(latinTable.count) {
            let entry = latinTable[Int(value)]
            if entry == dropped { return }
            if entry != several {
                folded[end] = Unicode.Scalar(entry).unsafelyUnwrapped
                end += 1
                return
            }
        }
        appendByRules(scalar, to: folded, at: &end)
    }

    /// The folded form of each scalar below U+0250 (Latin letters with their accents), as one
    /// scalar, or ``dropped`` or ``several``: a look-up instead of Unicode property queries.
    private static let latinTable: [UInt32] = withUnsafeTemporaryAllocation(
        of: Unicode.Scalar.self, capacity: 3
    ) { buffer in
        (0..<0x250).map { value in
            var end = 0
            appendByRules(Unicode.Scalar(UInt32(value)).unsafelyUnwrapped, to: buffer, at: &end)
            return end == 0 ? dropped : end == 1 ? buffer[0].value : several
        }
    }
    private static let dropped = UInt32.max
    private static let several = UInt32.max - 1

    /// ``append(_:to:at:)`` by the rules themselves, without ``latinTable`` (which is made by it).
    private static func appendByRules(
        _ scalar: Unicode.Scalar, to folded: UnsafeMutableBufferPointer<Unicode.Scalar>, at end: inout Int
    ) {
        func write(_ scalar: Unicode.Scalar) {
            precondition(end < folded.count, "a scalar folds to at most three")
            folded[end] = scalar
            end += 1
        }
        if scalar.isASCII {
            let value = scalar.value
            write((0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : scalar)
            return
        }
        switch scalar.value {
        case 0x00AD: return  // soft hyphen
        case 0x0300...0x0304, 0x0306, 0x0307, 0x030B, 0x030C, 0x0327, 0x0328: return  // accents, not ring or diaeresis
        case 0x2018, 0x2019, 0x02BC: write("'")
        case 0x2010, 0x2011: write("-")
        default:
            if let plain = unaccented[scalar] {
                write(plain)
            } else if !scalar.properties.changesWhenLowercased {
                // Asked first: the lower-case mapping is a string made for the one scalar.
                write(scalar)
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { write(lower) }
            }
        }
    }

    /// Precomposed letters whose accent is dropped, upper and lower case, to their plain lower case.
    private static let unaccented: [Unicode.Scalar: Unicode.Scalar] = {
        let groups: [(String, Unicode.Scalar)] = [
            ("àáâãāąÀÁÂÃĀĄ", "a"), ("çćčÇĆČ", "c"), ("èéêëēęěÈÉÊËĒĘĚ", "e"), ("ìíîïīÌÍÎÏĪ", "i"),
            ("ñńňÑŃŇ", "n"), ("òóôõōÒÓÔÕŌ", "o"), ("ùúûūůÙÚÛŪŮ", "u"), ("ýÿÝŸ", "y"), ("śšŚŠ", "s"),
            ("źżžŹŻŽ", "z"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (accented, plain) in groups {
            for scalar in accented.unicodeScalars { table[scalar] = plain }
        }
        return table
    }()
}
