import Testing

@testable import IOPLintCore

@Suite struct EnglishInflectionTests {
    @Test(arguments: [
        ("client", ["clients", "client's"]),
        ("fee", ["fees"]),
        ("tender", ["tenders", "tendered", "tendering"]),
        ("procure", ["procures", "procured", "procuring"]),
        ("purchase", ["purchases", "purchased", "purchasing"]),
        ("penalty", ["penalties"]),
        ("bid", ["bids", "bidding"]),
        ("box", ["boxes"]),
    ])
    func termMatchesItsRegularForms(_ term: String, _ forms: [String]) {
        let generated = EnglishInflection.forms(of: term)
        for form in forms { #expect(generated.contains(form), "\(term) → \(form)") }
    }

    @Test(arguments: [("procure", "procurement"), ("fee", "feedback"), ("tender", "tenderness")])
    func derivedWordsAreNotForms(_ term: String, _ word: String) {
        #expect(!EnglishInflection.forms(of: term).contains(word))
    }
}
