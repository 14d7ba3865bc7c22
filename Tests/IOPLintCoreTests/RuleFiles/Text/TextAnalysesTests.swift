import Synchronization
import Testing

@testable import IOPLintCore

@Suite struct TextAnalysesTests {
    @Test func aTextIsAnalysedOnceAndSharedByEveryLookUp() {
        let analyses = TextAnalyses()
        let first = analyses.analysis(of: "Läxhjälp i Flemingsberg.", at: 40)
        #expect(analyses.analysis(of: "Läxhjälp i Flemingsberg.", at: 40) === first)
        #expect(analyses.analysis(of: "Läxhjälp i Flemingsberg.", at: 90) !== first)
        // Another text at the same place (a document read anew) is analysed for itself.
        #expect(analyses.analysis(of: "Språkcafé", at: 40).text == "Språkcafé")
    }

    /// Rules checked side by side that ask for the same text at once get one analysis: those
    /// that ask while it is being made wait for it.
    @Test func threadsThatAskAtOnceShareOneAnalysis() {
        let text = String(repeating: "Föreningen och kommunen ansvarar gemensamt för verksamheten. ", count: 400)
        for _ in 0..<20 {
            let analyses = TextAnalyses()
            let answers = Mutex<[ObjectIdentifier]>([])
            ConcurrentAsk.together(4) {
                let analysis = analyses.analysis(of: text, at: 7)
                answers.withLock { $0.append(ObjectIdentifier(analysis)) }
            }
            #expect(Set(answers.withLock { $0 }).count == 1)
        }
    }
}
