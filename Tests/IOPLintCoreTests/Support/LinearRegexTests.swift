import Foundation
import Testing

@testable import IOPLintCore

@Suite struct LinearRegexTests {
    @Test(arguments: [
        ("[A-ZÅÄÖ]{2,5}-[0-9]{4}-[0-9]+", "Beslut KS-2024-117 i kommunstyrelsen", "KS-2024-117"),
        ("@gmail\\.com$", "anna@GMAIL.com", "@GMAIL.com"), ("^K", "kort", "k"),
        ("FRÅN .* TILL", "från noll till tio", "från noll till"),
        ("bidrag(?!it)|upphandl", "ett bidrag ges", "bidrag"), ("\\bLOU\\b", "enligt LOU.", "LOU"),
        ("a+?", "aaa", "a"), ("(a|ab)(c|bcd)(d*)", "abcd", "abcd"), ("x*", "abc", ""),
        ("\\d+ %", "minst 35 % av", "35 %"),
        ("[^a-z ]+", "abc ÅÄÖ", "ÅÄÖ"), ("colou?r", "Colour", "Colour"), ("a{2}", "aaa", "aa"),
        ("\\u00e5r", "ÅR", "ÅR"),
        ("(?<year>20[0-9]{2})", "år 2025", "2025"), ("\\s\\w+$", "slut på text", " text"), ("a.c", "a\nc abc", "abc"),
    ])
    func findsTheLeftmostMatchAsPerlWould(pattern: String, text: String, expected: String) throws {
        #expect(try LinearRegex(pattern).firstMatch(in: text).map(String.init) == expected)
    }

    @Test(arguments: [
        ("bidrag(?!it)", "bidragit"), ("\\bmarknad", "hemmarknad"), ("^a$", "ab"), ("[0-9]", "inga siffror"),
        ("a{3,}", "aa"), ("\\Bx", "x"), ("$^", "a"),
    ])
    func rejectsTextsWithoutAMatch(pattern: String, text: String) throws {
        #expect(try LinearRegex(pattern).firstMatch(in: text) == nil)
    }

    /// Patterns that make backtracking engines run for minutes (or give up and say "no match")
    /// are answered exactly; the suite's time limit is the bound.
    @Test func catastrophicPatternsAreAnsweredExactlyInLinearTime() throws {
        let long = String(repeating: "a", count: 5_000)
        #expect(try LinearRegex("^(a|aa)+$").matches(long))
        #expect(try !LinearRegex("^(a|aa)+$").matches(long + "b"))
        #expect(try LinearRegex("^(?:(a+)+$|a+b$)").matches(long + "b"))
        #expect(try !LinearRegex("^(?:(a+)+$|a+b$)").matches(long + "c"))
        #expect(try LinearRegex("(x+x+)+y").firstMatch(in: String(repeating: "x", count: 5_000) + "y")?.count == 5_001)
        #expect(
            try !LinearRegex("(.*a){20}").matches(
                String(repeating: "a", count: 19) + String(repeating: "b", count: 5_000)))
    }

    @Test(arguments: [
        ("(från", 1, "`(` is not closed by `)`"), ("a)", 2, "`)` without an opening `(`"),
        ("*a", 1, "`*` has nothing to repeat"),
        ("[abc", 1, "`[` is not closed by `]`"),
        ("(a)\\1", 4, "back-references (`\\1`, `\\k<name>`) are not supported: they cannot be matched in linear time"),
        ("(?<=a)b", 1, "lookbehind `(?<=…)` is not supported: it cannot be matched in linear time"),
        ("a{5,2}", 2, "the repetition {5,2} has a maximum below its minimum"), ("[z-a]", 2, "the range is backwards"),
        ("\\q", 1, "unknown escape `\\q`"),
        ("(?!a+)", 1, "a lookahead may hold only single characters and classes (`(?!it)`, `(?=[0-9])`)"),
        ("a**", 3, "a quantifier follows another quantifier"), ("a{2000}", 2, "a repetition may count to at most 1000"),
    ])
    func badPatternsSayWhereAndWhy(pattern: String, column: Int, message: String) {
        #expect {
            try LinearRegex(pattern)
        } throws: { error in
            guard let error = error as? LinearRegexError else { return false }
            return error.column == column && error.message.en == message
        }
    }

    @Test func largeProgramsAreRefused() {
        #expect(throws: LinearRegexError.self) { try LinearRegex("(a{1000}){1000}") }
        #expect(throws: Never.self) { try LinearRegex("[0-9]{1,1000}") }
    }

    /// The common subset of syntax agrees with ICU's (NSRegularExpression) on ordinary patterns.
    @Test func agreesWithICUOnThePacksPatterns() throws {
        let patterns = [
            "[0-9%]|\\b(två|tre|procent|per cent)\\b|\\bfrån\\b.*\\btill\\b|sök", "[A-ZÅÄÖ]{2,5}-[0-9]{4}-[0-9]+",
            "bidrag(?!it)|upphandl|\\bmarknad|\\bLOU\\b|\\bgrants?\\b",
        ]
        let texts = [
            "Senast 2027 arbetar minst 35 % av deltagarna.", "Vi ska öka från hälften till alla.", "bidragit",
            "Bidraget enligt LOU", "KS-2024-117", "ks-2024-", "grants and tender", "hemmarknaden", "Två av tre",
        ]
        for pattern in patterns {
            let icu = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            let linear = try LinearRegex(pattern)
            for text in texts {
                let expected = icu.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).flatMap {
                    Range($0.range, in: text).map { String(text[$0]) }
                }
                #expect(linear.firstMatch(in: text).map(String.init) == expected, "\(pattern) on \(text)")
            }
        }
    }
}
