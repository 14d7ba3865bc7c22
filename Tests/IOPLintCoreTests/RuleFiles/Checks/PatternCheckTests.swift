import Testing

@testable import IOPLintCore

/// `pattern` / `not-pattern` findings: a match where none may be is reported at the matched text,
/// in every style of scalar; a missing match at the whole text.
@Suite struct PatternCheckTests {
    /// `start-end match` of the findings of `check` on `economy.payment` written as `payment`.
    private func findings(_ check: String, _ payment: String) throws -> [String] {
        let pack = """
            iop-lint-rules: 1
            pack: test
            rules:
              - id: rule
                severity: warning
                summary: Test rule
                message: "{{match}}"
                given: economy.payment
                check: \(check)
            """
        let rules = try RuleFileFixture.load(pack).rules
        let agreement = "iop-lint: 1\neconomy:\n  payment: \(payment)\n"
        return Linter(rules: rules).lint(bytes: Array(agreement.utf8), path: "a.yaml").findings.map {
            "\($0.range.start)-\($0.range.end) \($0.message.en)"
        }
    }

    private let perHour = #"{ not-pattern: "[0-9]+ ?kr ?/ ?tim(me)?\\b" }"#

    @Test func foldedScalarPointsAtTheMatchOnItsLine() throws {
        #expect(
            try findings(perHour, ">\n    Föreningen får bidrag\n    och 310 kr/timme för ledare.\n")
                == ["5:9-5:21 310 kr/timme"])
    }

    @Test func literalScalarKeepsTheMatchsIndentation() throws {
        #expect(
            try findings(perHour, "|\n    Föreningen får bidrag.\n      Ledare: 310 kr/tim.\n")
                == ["5:15-5:25 310 kr/tim"])
    }

    @Test func plainScalarOverSeveralLines() throws {
        #expect(
            try findings(perHour, "Föreningen får bidrag\n    och 310 kr/timme.\n") == ["4:9-4:21 310 kr/timme"])
    }

    @Test func quotedScalarsOverSeveralLines() throws {
        #expect(try findings(perHour, "\"Bidrag\n    och 310 kr/timme\"\n") == ["4:9-4:21 310 kr/timme"])
        #expect(try findings(perHour, "'Bidrag\n    och 310 kr/timme'\n") == ["4:9-4:21 310 kr/timme"])
    }

    @Test func anEscapeBeforeTheMatchDoesNotMoveIt() throws {
        // `\t` is two characters in the file and one in the value.
        #expect(try findings(perHour, "\"Bidrag\\toch\n    310 kr/timme\"\n") == ["4:5-4:17 310 kr/timme"])
    }

    @Test func aMatchOverALineBreakCoversBothLines() throws {
        let check = #"{ not-pattern: "[0-9]+ kr\\s+per\\s+timme" }"#
        #expect(try findings(check, ">\n    Ledarna får 310 kr\n    per timme.\n") == ["4:17-5:14 310 kr per timme"])
        #expect(try findings(check, "|\n    Ledarna får 310 kr\n    per timme.\n") == ["4:17-5:14 310 kr\nper timme"])
    }

    @Test func severalMatchesGiveOneFindingAtTheFirst() throws {
        #expect(
            try findings(perHour, ">\n    Ledare 310 kr/timme,\n    volontärer 90 kr/timme.\n")
                == ["4:12-4:24 310 kr/timme"])
    }

    @Test func theSameTextTwiceIsPlacedAtTheOneMatched() throws {
        // "kr/tim" stands first inside "kr/timme", which the pattern does not match.
        let check = #"{ not-pattern: "\\bkr/tim\\b" }"#
        #expect(try findings(check, ">\n    Ingen kr/timme utan\n    bidrag, ej 5 kr/tim.\n") == ["5:18-5:24 kr/tim"])
    }

    @Test func aCommentAfterTheBlockHeaderIsNotTheMatch() throws {
        #expect(
            try findings(perHour, "> # 310 kr/timme i fjol\n    Nu 310 kr/timme.\n") == ["4:8-4:20 310 kr/timme"])
    }

    @Test func aMatchWithAnEscapeInsideFallsBackToTheText() throws {
        // The match's space is written `\x20`: it cannot be placed, so the text as a whole is.
        #expect(try findings(perHour, "\"Ledare 310\\x20kr/timme\"\n") == ["3:12-3:36 310 kr/timme"])
    }

    @Test func aMissingMatchIsReportedAtTheWholeText() throws {
        let check = #"{ pattern: "kvartal" }"#
        // From the `>` to the end of the block (the line after it is blank).
        #expect(try findings(check, ">\n    Bidraget betalas\n    ut i förskott.\n") == ["3:12-7:1 "])
        #expect(try findings(check, ">\n    Bidraget betalas\n    ut varje kvartal.\n") == [])
    }

    @Test func aTextWithoutMatchPasses() throws {
        #expect(try findings(perHour, "Bidrag enligt budget, utbetalas kvartalsvis.") == [])
    }
}
