import Testing

@testable import IOPLintCore

@Suite struct LinearRegexStartsTests {
    private static func starts(_ pattern: String) throws -> MatchStarts {
        try LinearRegex(pattern).starts
    }

    /// Whether `starts` lets a match start at each position of `text`.
    private static func positions(_ starts: MatchStarts, in text: String) -> [Bool] {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.map { starts.mayStart(at: $0, in: scalars) }
    }

    @Test(arguments: [
        // Alternation: the first two characters of each branch.
        (
            "hour|tim\\b|people", "th hour timme",
            [false, false, false, true, false, false, false, false, true, false, false, false, false]
        ),
        // An optional first element: its own first character, or the next one's.
        ("a?bc", "ab ac bc", [true, false, false, false, false, false, true, false]),
        // A class, then an optional space or a letter.
        ("[0-9] ?kr", "5 kr 5x 55", [true, false, false, false, false, false, false, false, false, false]),
        // Letters are compared by their lower-case form, in the text as in the pattern.
        (
            "COLOU?R", "Color cOlour",
            [true, false, false, false, false, false, true, false, false, false, false, false]
        ),
        // Beyond ASCII: the first character exactly, the second widened.
        ("år|ö", "År ä ö", [true, false, false, false, false, true]),
        // An anchor is taken as passed; a match that may end after one character lets any second one through.
        ("^h$", "ha h", [true, false, false, true]),
        // Three characters on every way: a position must begin with them, and have room for them.
        ("\\bLOU\\b", "LOU lo lou", [true, false, false, false, false, false, false, true, false, false]),
        // `\b` before every first character, a letter: only where no word character comes before.
        ("\\b(en|ö)", "en ten åö ö", [true, false, false, false, false, false, false, false, false, false, true]),
        // Not when `\b` comes before a character that is not a word character, nor when a branch has no `\b`.
        ("\\b en", "a en", [false, true, false, false]),
        ("\\ben|tk", "ten tk", [false, true, false, false, true, false]),
        // Literal beginnings, compared folded: the article `en` does not begin `enligt`, but
        // `i e` begins `i enlighet med`, and `FÖL` begins `följa`.
        (
            "\\b(enligt|i enlighet med|följa)", "en enligt i en FÖLJA",
            [
                false, false, false, true, false, false, false, false, false, false, true, false, false, false,
                false, true, false, false, false, false,
            ]
        ),
        // Optional parts multiply the beginnings: `ab?cd` begins with `abc` or `acd`.
        ("ab?cd", "abcd acd abd", [true, false, false, false, false, true, false, false, false, false, false, false]),
    ])
    func turnsDownPositionsWhereNoMatchCanStart(pattern: String, text: String, expected: [Bool]) throws {
        #expect(Self.positions(try Self.starts(pattern), in: text) == expected)
    }

    @Test(arguments: ["x*", "a?", "(a|)", "^", "$", "\\b", "(?!a)"])
    func patternsThatMatchTheEmptyTextStartAnywhere(pattern: String) throws {
        let starts = try Self.starts(pattern)
        #expect(starts.anywhere)
        #expect(Self.positions(starts, in: "qz 9").allSatisfy { $0 })
    }

    /// A character whose lower-case form is ASCII (the Kelvin sign, `k`) can start a match of
    /// the ASCII letter, as the machine reads it.
    @Test func aScalarBeyondASCIIIsJudgedByItsLowerCase() throws {
        #expect(Self.positions(try Self.starts("ka"), in: "\u{212A}a") == [true, false])
        #expect(try LinearRegex("ka").firstMatch(in: "x\u{212A}a").map(String.init) == "\u{212A}a")
    }

    /// Over texts made of the characters the patterns care about, the first match is the one
    /// the machine finds when started at every position.
    @Test(arguments: [
        "colou?r", "a?bc", "[0-9] ?(kr|sek)\\b|\\bà ?[0-9]", "hour|tim\\b|^h$|people",
        "bidrag(?!it)|\\bmarknad|\\bLOU\\b",
        "^ab", "x*", "(a|)b", "\\bk", "[^a-z ]+", "a.c", "\\s\\w+$", "$", "^", "(?=[0-9])\\d+", "b?", "kå", "\\Bk",
        "[A-ZÅÄÖ]{2,5}-[0-9]{4}", "c$", ".", "[^k]a", "(a+)+b", "k{2,}|å", "\\d\\D",
        "\\b(ha|k[ou]l)|\\bà", "\\b(kalk|tim) ?\\d", "\\b0|\\b-", "\\b(?!x)h", "(\\bk|\\Bl)a",
        "\\b(kal|tim)k?", "abc|abk|k\u{212A}a", "KÅL|hål", "(ab|a)(cb|c)k", "a(?!b)ck", "ta\\bl|tim$", "\\bo u",
    ])
    func findsWhatTheMachineFindsEverywhere(pattern: String) throws {
        let regex = try LinearRegex(pattern)
        var everywhere = regex
        everywhere.starts = MatchStarts(program: [.match], classes: [])
        let alphabet: [Unicode.Scalar] = [
            "a", "A", "b", "c", "k", "K", "\u{212A}", "å", "Å", "à", "o", "l", "u", "r", "h", "t", "i", "m", " ", "0",
            "5", "-", ".", "\n", "x",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<400 {
            var text: [Unicode.Scalar] = []
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            #expect(
                regex.firstMatch(in: text) == everywhere.firstMatch(in: text),
                "\(pattern) on \(String(String.UnicodeScalarView(text)).debugDescription)")
        }
    }
}

extension LinearRegexStartsTests {
    /// A scalar step reads the ASCII scalars that fold to it, and ``MatchStarts/ScalarBits``
    /// lists the bits it holds.
    @Test func aScalarStepReadsTheASCIIScalarsThatFoldToIt() {
        for expected in UInt32(0)..<0x300 {
            let set = MatchStarts.characters(readBy: .scalar(expected), classes: [])
            var members: [Int] = []
            set.forEach { members.append($0) }
            let folding = (UInt32(0)..<128).filter { ScalarClass.fold($0) == expected }.map(Int.init)
            #expect(members == folding + [128], "U+\(String(expected, radix: 16))")
        }
    }
}
