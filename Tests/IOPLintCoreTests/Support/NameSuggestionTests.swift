import Testing

@testable import IOPLintCore

@Suite struct NameSuggestionTests {
    private static let keys = ["title", "term", "termination", "parties", "mandate", "independence", "integrity"]

    @Test(arguments: [
        ("titel", "title"), ("mandat", "mandate"), ("partys", "parties"), ("Title", "title"), ("trem", "term"),
        ("terminaton", "termination"), ("integritet", "integrity"), ("independance", "independence"),
    ])
    func typoSuggestsTheNearestName(_ typo: String, _ expected: String) {
        #expect(NameSuggestion.nearest(to: typo, among: Self.keys) == expected)
    }

    @Test(arguments: ["budget", "x", "titlexyz", "signatures", ""])
    func nameFarFromEveryCandidateHasNoSuggestion(_ name: String) {
        #expect(NameSuggestion.nearest(to: name, among: Self.keys) == nil)
    }

    @Test func nameIsNotSuggestedForItself() {
        #expect(NameSuggestion.nearest(to: "title", among: ["title"]) == nil)
        #expect(NameSuggestion.nearest(to: "title", among: ["title", "titles"]) == "titles")
    }

    @Test func closestCandidateWinsAndTiesGoToTheFirst() {
        #expect(NameSuggestion.nearest(to: "abcdef", among: ["abcxyz", "abcdxf", "abcdeg"]) == "abcdxf")
        #expect(NameSuggestion.nearest(to: "ab", among: ["ac", "ad"]) == "ac")
    }

    @Test(arguments: [
        ("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3), ("abc", "abc", 0), ("ab", "ba", 1),
        ("titel", "title", 1), ("Södertörn", "Sodertorn", 2), ("abcd", "badc", 2),
    ])
    func editDistanceCountsASwapAsOneEdit(_ a: String, _ b: String, _ distance: Int) {
        #expect(NameSuggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars)) == distance)
        #expect(NameSuggestion.editDistance(Array(b.unicodeScalars), Array(a.unicodeScalars)) == distance)
    }
}
