import Testing

@testable import IOPLintCore

@Suite struct NegationTests {
    /// Whether the first occurrence of `term` in `text` is negated.
    private func negated(_ term: String, in text: String, _ language: Language = .sv) throws -> Bool {
        let matcher = try TermMatcher(terms: [term], language: language)
        return try #require(matcher.matches(in: text).first).isNegated
    }

    @Test(arguments: [
        ("upphandling", "Detta är inte en upphandling."),
        ("automatisk förlängning", "Avtalet har ingen automatisk förlängning."),
        ("förlängning", "Avtalet har ingen automatisk förlängning."),
        ("vinst", "Ersättningen täcker kostnader, inte vinst."),
        ("köp", "Det är inget köp av tjänster."),
        ("upphandling", "Samverkan sker utan upphandling."),
        ("vite", "Avtalet innehåller aldrig vite."),
        ("beställare", "Kommunen är ej beställare."),
    ])
    func swedishNegatedMentionsAreNegated(_ term: String, _ text: String) throws {
        #expect(try negated(term, in: text))
    }

    @Test(arguments: [
        ("procurement", "This is not a procurement."),
        ("automatic renewal", "There is no automatic renewal."),
        ("renewal", "There is no automatic renewal."),
        ("tender", "The work is done without a tender."),
        ("provider", "The association isn't a provider."),
        ("purchase", "It is neither a grant nor a purchase."),
    ])
    func englishNegatedMentionsAreNegated(_ term: String, _ text: String) throws {
        #expect(try negated(term, in: text, .en))
    }

    @Test(arguments: [
        ("upphandling", "Vi gör en upphandling."),
        ("köp", "Det är inte bara ett köp."),
        ("samverkan", "Det är inte ett köp utan en samverkan."),
        ("köp", "Ingen vinst, men ett köp av tjänster."),
        ("köp", "Vi vill inte att kommunen i framtiden gör köp."),
        ("upphandling", "Det blir inte så. Det blir en upphandling."),
    ])
    func mentionsOutsideANegatedPhraseAreNotNegated(_ term: String, _ text: String) throws {
        #expect(try !negated(term, in: text))
    }

    @Test func englishNotOnlyDoesNotNegate() throws {
        #expect(try !negated("purchase", in: "It is not only a purchase.", .en))
    }
}
