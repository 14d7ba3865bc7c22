import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct AnalysesWhileParsingTests {
    private static func scalar(_ value: String, at offset: Int) -> YAMLNode {
        YAMLNode(
            content: .scalar(YAMLScalar(value, style: .plain)),
            range: SourceRange(at: SourcePosition(line: 1, column: offset + 1, offset: offset)))
    }

    /// Each piece analyses one text with a space in it, into its document's analyses; a word
    /// alone, and a text longer than a piece may be, are left for later.
    @Test func eachPieceAnalysesOneShortTextOfProse() {
        let analyses = AnalysesWhileParsing()
        let long = String(repeating: "ord ", count: AnalysesWhileParsing.longestPiece / 4 + 1)
        let taken: [(String, Int)] = [
            ("Föreningen driver verksamheten.", 0), ("verksamhet", 0), (long, 0),
            ("Kommunen bidrar med lokaler.", 1), ("Barn och unga deltar.", 0),
        ]
        for (offset, (text, document)) in taken.enumerated() {
            analyses.took(Self.scalar(text, at: offset * 100), inDocument: document)
        }
        var pieces = 0
        while analyses.doPiece() { pieces += 1 }
        #expect(pieces == 3)
        #expect(!analyses.doPiece())
        #expect(analyses.analyses(of: 0).count == 2)
        #expect(analyses.analyses(of: 1).count == 1)
        #expect(analyses.analyses(of: 2).count == 0)
        let first = analyses.analyses(of: 0).analysis(of: "Föreningen driver verksamheten.", at: 0)
        #expect(first.words.count == 3)
    }

    /// No more scalars wait than a bounded number: past it, new ones are left for later.
    @Test func theScalarsWaitingAreBounded() {
        let analyses = AnalysesWhileParsing()
        for index in 0..<(AnalysesWhileParsing.mostWaiting + 10) {
            analyses.took(Self.scalar("Text nummer \(index).", at: index * 100), inDocument: 0)
        }
        var pieces = 0
        while analyses.doPiece() { pieces += 1 }
        #expect(pieces == AnalysesWhileParsing.mostWaiting)
        analyses.took(Self.scalar("Ännu en text.", at: 1_000_000), inDocument: 0)
        #expect(analyses.doPiece())
        #expect(analyses.analyses(of: 0).count == AnalysesWhileParsing.mostWaiting + 1)
    }
}
