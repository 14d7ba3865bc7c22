import Foundation
import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct AnalysesAheadTests {
    private static let prose = "Föreningen driver verksamheten med stöd av frivilliga."

    /// Prose (strings with a space) is analysed, in lists and maps; other scalars are not.
    @Test func analysesEveryStringWithASpace() throws {
        let text = """
            title: \(Self.prose)
            id: iop-1
            size: 358
            goals:
              - description: \(Self.prose)
                by: 2026-12-31
              - "\(Self.prose) Två meningar."
            """
        let root = try #require(YAMLLoader().load(text).documents.first?.root)
        let analyses = TextAnalyses()
        let ahead = AnalysesAhead.start(under: root, into: analyses)
        let deadline = ContinuousClock.now + .seconds(30)
        while analyses.count < 3 && ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.001) }
        ahead.stop()
        #expect(analyses.count == 3)
        // A rule asking for one of them gets the one made ahead.
        let title = try #require(root["title"])
        let made = analyses.analysis(of: Self.prose, at: title.range.start.offset)
        #expect(made === analyses.analysis(of: Self.prose, at: title.range.start.offset))
        #expect(analyses.count == 3)
    }

    /// Stopped at once, the thread ends after the text in hand and leaves the rest to the rules.
    @Test func stopsWithTheRestLeftToTheRules() throws {
        let text = "items:\n" + String(repeating: "  - \(Self.prose)\n", count: 20_000)
        let root = try #require(YAMLLoader().load(text).documents.first?.root)
        let analyses = TextAnalyses()
        AnalysesAhead.start(under: root, into: analyses).stop()
        #expect(analyses.count < 20_000)
    }

    /// A large document loaded with a spare core gives the rules what one loaded without does.
    @Test func aSpareCoreLoadsTheSameDocuments() throws {
        let items = String(repeating: "  - description: \(Self.prose)\n    party: p\n", count: 3_000)
        let bytes = Array("iop-lint: 1\nkind: iop\nactivities:\n\(items)".utf8)
        let loader = DocumentLoader()
        let alone = loader.loadFile(bytes: bytes)
        let spare = loader.loadFile(bytes: bytes, spareCore: true)
        try #require(alone.documents.count == 1 && spare.documents.count == 1)
        try #require(DocumentChecks.spreads(alone.documents[0]))
        let sameRoot = spare.documents[0].root == alone.documents[0].root
        #expect(sameRoot)
        #expect(spare.documents[0].issues == alone.documents[0].issues)
        #expect(spare.text == alone.text)
    }
}
