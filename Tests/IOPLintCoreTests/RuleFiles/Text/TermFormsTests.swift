import Foundation
import Synchronization
import Testing

@testable import IOPLintCore

@Suite struct TermFormsTests {
    private func startingTerms(_ forms: TermForms, in text: String) -> [[Int]] {
        let analysis = TextAnalysis(text)
        return analysis.words.indices.map { forms.startingTerms(at: $0, in: analysis) }
    }

    @Test func aWordStartsTheTermsOfWhichItIsAFormOfTheFirstWord() {
        let forms = TermForms(termWords: [["köp", "av", "tjänst"], ["köpa"], ["nämnd"]], language: .sv)
        #expect(startingTerms(forms, in: "Socialnämnden köper köp av") == [[2], [0, 1], [0], []])
    }

    @Test func aMultiWordTermEndsAtItsLastWordWhenEveryWordIsAForm() throws {
        let forms = TermForms(termWords: [["köp", "av", "tjänst"]], language: .sv)
        let text = TextAnalysis("Köp av tjänster.")
        let sentence = try #require(text.sentences.first)
        #expect(forms.end(of: 0, from: 0, in: sentence, of: text) == 2)
        #expect(forms.end(of: 0, from: 1, in: sentence, of: text) == nil)
    }

    /// The forms are compiled by the first match; matchers shared by the threads of a run give
    /// every thread the same matches.
    @Test func aMatcherUsedFromManyThreadsAtOnceMatchesAlike() throws {
        let matcher = try TermMatcher(terms: ["upphandling", "köp av tjänst", "nämnd"], language: .sv)
        let text = "Socialnämnden gör köp av tjänster utan upphandling."
        let results = Mutex<[[String]]>([])
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            let found = matcher.matches(in: text).map(\.text)
            results.withLock { $0.append(found) }
        }
        let expected = ["Socialnämnden", "köp av tjänster", "upphandling"]
        #expect(results.withLock { $0 } == Array(repeating: expected, count: 16))
    }
}
