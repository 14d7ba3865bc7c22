/// A set of characters of a ``LinearRegex`` (`[a-zå]`, `[^0-9]`, `\d`), matched
/// case-insensitively.
struct ScalarClass: Sendable {
    /// A named class (`\d`, `\w`, `\s`), or its negation.
    enum Named: Sendable {
        case digit, word, space
    }

    var ranges: [ClosedRange<UInt32>] = []
    var named: [(Named, negated: Bool)] = []
    var negated = false

    /// Whether the class holds `scalar` in any of its cases.
    func contains(_ scalar: UInt32) -> Bool {
        let lower = Self.fold(scalar)
        let found =
            holds(scalar) || (lower != scalar && holds(lower))
            || Self.upper(scalar).map { $0 != scalar && holds($0) } == true
        return found != negated
    }

    private func holds(_ scalar: UInt32) -> Bool {
        for range in ranges where range.contains(scalar) { return true }
        guard !named.isEmpty, let value = Unicode.Scalar(scalar) else { return false }
        for (name, negated) in named where Self.isNamed(name, value) != negated { return true }
        return false
    }

    static func isNamed(_ name: Named, _ scalar: Unicode.Scalar) -> Bool {
        switch name {
        case .digit: scalar.properties.numericType == .decimal
        case .word: isWord(scalar)
        case .space: scalar.properties.isWhitespace
        }
    }

    /// A letter, digit, combining mark or `_`, as `\w` and `\b` understand it.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A) || value == 0x5F
        }
        // The Latin-1 letters (À–ÿ but × and ÷), common in Swedish, without a property lookup.
        if scalar.value >= 0xC0 && scalar.value <= 0xFF { return scalar.value != 0xD7 && scalar.value != 0xF7 }
        return isWordByProperties(scalar)
    }

    /// ``isWord(_:)`` by Unicode's properties; apart, so that the common cases above do not pay
    /// for setting up the property lookup.
    @inline(never)
    private static func isWordByProperties(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType == .decimal
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }

    /// Line breaks, which `.` does not match.
    static func isLineBreak(_ scalar: UInt32) -> Bool {
        scalar == 0x0A || scalar == 0x0D || scalar == 0x0B || scalar == 0x0C || scalar == 0x85 || scalar == 0x2028
            || scalar == 0x2029
    }

    /// The lower-case form of a character, when it is one character; else the character.
    static func fold(_ scalar: UInt32) -> UInt32 {
        if scalar < 0x80 { return scalar >= 0x41 && scalar <= 0x5A ? scalar + 0x20 : scalar }
        // Latin-1: À–Þ (but ×) have their lower case 0x20 up; the rest are their own.
        if scalar < 0x100 { return scalar >= 0xC0 && scalar <= 0xDE && scalar != 0xD7 ? scalar + 0x20 : scalar }
        guard let value = Unicode.Scalar(scalar) else { return scalar }
        let mapping = value.properties.lowercaseMapping.unicodeScalars
        guard mapping.count == 1, let single = mapping.first else { return scalar }
        return single.value
    }

    /// The upper-case form of a character, when it is one character.
    static func upper(_ scalar: UInt32) -> UInt32? {
        if scalar < 0x80 { return scalar >= 0x61 && scalar <= 0x7A ? scalar - 0x20 : nil }
        // Latin-1: à–þ (but ÷) have their upper case 0x20 down (ß, ÿ and µ are looked up).
        if scalar >= 0xE0 && scalar <= 0xFE && scalar != 0xF7 { return scalar - 0x20 }
        guard let value = Unicode.Scalar(scalar) else { return nil }
        let mapping = value.properties.uppercaseMapping.unicodeScalars
        guard mapping.count == 1, let single = mapping.first else { return nil }
        return single.value
    }
}
