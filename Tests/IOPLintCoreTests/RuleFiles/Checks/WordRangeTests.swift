import IOPYAML
import Testing

@testable import IOPLintCore

/// A word found inside a text is reported at the word, in every style of scalar.
@Suite struct WordRangeTests {
    /// `start-end` of the findings of iop/purchase-language on `commitments[0].what` written as
    /// `what`.
    private func ranges(_ what: String) throws -> [String] {
        let id = try #require(RuleID("iop/purchase-language"))
        let rule = try #require(RuleRegistry.builtIn[id])
        let yaml = "kind: iop\nlanguage: sv\ncommitments:\n  - party: a\n    what: \(what)\n"
        return Linter(rules: [rule]).lint(bytes: Array(yaml.utf8), path: "a.yaml").findings.map {
            "\($0.range.start)-\($0.range.end)"
        }
    }

    @Test func foldedScalarPointsAtTheWordOnItsLine() throws {
        #expect(try ranges(">\n      Kommunen ansvarar för lokalen\n      och köper platser.\n") == ["7:11-7:16"])
    }

    @Test func literalScalarKeepsTheWordsIndentation() throws {
        #expect(try ranges("|\n      Kommunen ansvarar.\n        Den köper platser.\n") == ["7:13-7:18"])
    }

    @Test func plainScalarOverSeveralLines() throws {
        #expect(try ranges("Kommunen ansvarar\n      och är beställare.\n") == ["6:14-6:24"])
    }

    @Test func quotedScalarsOverSeveralLines() throws {
        #expect(try ranges("\"Föreningen\n      är utförare\"\n") == ["6:10-6:18"])
        #expect(try ranges("'Föreningen\n      är utförare'\n") == ["6:10-6:18"])
    }

    @Test func aTermOverALineBreakCoversBothLines() throws {
        #expect(try ranges(">\n      Kommunen gör köp av\n      tjänst hos föreningen.\n") == ["6:20-7:13"])
    }

    @Test func theSecondOfTwoEqualWordsIsTheOneFound() throws {
        // "beställare" is negated the first time, so the finding is about the second.
        #expect(try ranges(">\n      Kommunen är inte beställare.\n      Regionen är beställare.\n") == ["7:19-7:29"])
    }

    @Test func aCommentAfterTheBlockHeaderIsSkipped() throws {
        #expect(try ranges("> # köper\n      Kommunen köper platser.\n") == ["6:16-6:21"])
        #expect(try ranges("|- # köper\n      Kommunen köper platser.\n") == ["6:16-6:21"])
    }

    @Test func aWordAlsoWrittenWithAnEscapeFallsBackToTheText() throws {
        // The first "köper" is written `k\u00f6per`: the one the source shows is the second.
        #expect(try ranges(#""Kommunen k\u00f6per platser och köper lokaler.""#) == ["5:11-5:59"])
        #expect(try ranges(#""Kommunen k\u00f6per platser.""#) == ["5:11-5:41"])
    }

    @Test func oneLineTextPointsAtTheWord() throws {
        #expect(try ranges("Kommunen köper platser.") == ["5:20-5:25"])
    }
}
