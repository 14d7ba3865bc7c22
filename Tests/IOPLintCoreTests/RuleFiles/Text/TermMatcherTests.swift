import Testing

@testable import IOPLintCore

@Suite struct TermMatcherTests {
    private func found(_ terms: [String], in text: String, _ language: Language = .sv) throws -> [String] {
        try TermMatcher(terms: terms, language: language).matches(in: text).map(\.text)
    }

    @Test(arguments: [
        ("köpa", "Kommunen köper platser."), ("köpa", "Platserna köpt in."), ("köpa", "Platser köps in."),
        ("köpa", "Kommunen köpte platser."), ("köpa", "Ett köpande av platser."),
        ("upphandling", "Upphandlingen avbröts."), ("upphandling", "Två upphandlingar."),
        ("upphandling", "Tjänsten upphandlas."), ("upphandla", "Tjänsten upphandlas."),
        ("utförare", "Utföraren ansvarar."), ("utförare", "Utförarna ansvarar."),
        ("kommunstyrelse", "Beslut i KOMMUNSTYRELSEN."), ("nämnd", "Beslut i nämnden."),
        ("anbud", "Anbudet lämnades."), ("vite", "Vitet är 10 000 kronor."),
    ])
    func swedishTermMatchesInflectedWords(_ term: String, _ text: String) throws {
        #expect(try found([term], in: text).count == 1)
    }

    @Test(arguments: [
        ("nämnd", "Socialnämnden", "Beslut i Socialnämnden."),
        ("upphandling", "Direktupphandlingen", "Direktupphandlingen avbröts."),
        ("kommunstyrelse", "Kommunstyrelsen", "Kommunstyrelsen beslutade."),
        ("köp", "inköp", "Inga inköp görs; vi gör inköp."),
        ("fullmäktige", "Kommunfullmäktige", "Kommunfullmäktige beslutade."),
        ("upphandling", "LOU-upphandlingen", "LOU-upphandlingen avbröts."),
    ])
    func swedishTermMatchesTheLastPartOfACompound(_ term: String, _ word: String, _ text: String) throws {
        let matches = try TermMatcher(terms: [term], language: .sv).matches(in: text)
        #expect(matches.last?.text == word)
    }

    @Test(arguments: [
        ("köp", "Vi möts i köpcentrum."), ("vite", "Med stor vitesse."), ("vite", "Aktiviteten och aktiviteterna."),
        ("vite", "En kreativitet som märks."), ("nämnd", "Föreningen, nedan benämnd Föreningen."),
        ("köp", "Vi köpslår inte."), ("avrop", "Avropsordningen gäller."),
        ("upphandling", "Upphandlingsreglerna gäller."),
    ])
    func unrelatedWordsDoNotMatch(_ term: String, _ text: String) throws {
        #expect(try found([term], in: text).isEmpty)
    }

    @Test func multiWordTermMatchesAcrossLineBreaksAndExtraSpaces() throws {
        let text = "Detta gäller köp  av\n   tjänster och  På uppdrag\tav kommunen."
        #expect(try found(["köp av tjänst", "på uppdrag av"], in: text) == ["köp  av\n   tjänster", "På uppdrag\tav"])
    }

    @Test func multiWordTermDoesNotMatchAcrossPunctuationOrSentences() throws {
        #expect(try found(["köp av tjänst"], in: "Vi gör köp, av tjänster. Ett köp. Av tjänster.").isEmpty)
    }

    @Test func caseIsFoldedWithSwedishLetters() throws {
        #expect(
            try found(["årsmöte", "ÖVERENSKOMMELSE"], in: "ÅRSMÖTET och Överenskommelsen") == [
                "ÅRSMÖTET", "Överenskommelsen",
            ])
        #expect(try found(["bär"], in: "Vi bar det.").isEmpty)
    }

    @Test func matchReportsTermTextRangeAndSentence() throws {
        let matcher = try TermMatcher(terms: ["köp av tjänst", "nämnd"], language: .sv)
        let matches = matcher.matches(in: "Öppet. Socialnämnden gör köp av tjänster.")
        #expect(matches.map(\.term) == ["nämnd", "köp av tjänst"])
        #expect(matches.map(\.range) == [7..<20, 25..<40])
        #expect(
            matches.map(\.sentence.text) == [
                "Socialnämnden gör köp av tjänster.", "Socialnämnden gör köp av tjänster.",
            ])
        #expect(matches.allSatisfy { !$0.isNegated && !$0.isExcused })
    }

    @Test func englishTermsMatchWholeWordsWithRegularEndings() throws {
        #expect(
            try found(["fee per place", "provider"], in: "Fees per place go to providers.", .en) == [
                "Fees per place", "providers",
            ])
        #expect(try found(["provider"], in: "The service-provider and providence.", .en).isEmpty)
    }

    @Test func englishHasNoCompoundMatching() throws {
        #expect(try found(["fee"], in: "Coffee is free.", .en).isEmpty)
    }

    @Test func negatedMentionsDoNotCountForEitherCheck() throws {
        let absent = try TermMatcher(terms: ["upphandling", "automatisk förlängning", "vinst"], language: .sv)
        let text =
            "Detta är inte en upphandling. Det finns ingen automatisk förlängning. Bidraget täcker kostnader, inte vinst."
        #expect(absent.matches(in: text).count == 3)
        #expect(absent.firstViolation(in: text) == nil)
        #expect(absent.firstAffirmedMatch(in: text) == nil)
        let english = try TermMatcher(terms: ["procurement", "automatic renewal"], language: .en)
        #expect(english.firstViolation(in: "This is not a procurement. There is no automatic renewal.") == nil)
    }

    /// Texts of the example agreement in agreement-format.md, which must pass every rule.
    @Test(arguments: [
        "Ingen part kan lösa utmaningen ensam och ingen marknad finns för verksamheten; därför\nIOP i stället för bidrag eller upphandling.",
        "Driver verksamheten, rekryterar volontärer och ansvarar för lokalerna.",
        "Bidrar med en studie- och yrkesvägledare och medfinansiering.",
        "Kommunens medel betalas ut kvartalsvis i förskott enligt budget; de täcker kostnader, inte vinst.",
        "Språkcafé och studiecirklar två dagar i veckan",
        "Förlängning kräver nytt beslut av båda parter; ingen automatisk förlängning.",
    ])
    func theFormatExampleUsesNoPurchaseLanguage(_ text: String) throws {
        let terms = [
            "beställare", "utförare", "köpa", "köp av tjänst", "anbud", "avrop", "vite", "prisavdrag", "vinst",
            "automatisk förlängning", "förlängs automatiskt", "tyst förlängning", "ersättning per plats", "styckpris",
        ]
        #expect(try TermMatcher(terms: terms, language: .sv).firstViolation(in: text) == nil)
    }

    @Test func firstViolationIsTheFirstMentionThatIsNeitherNegatedNorExcused() throws {
        let matcher = try TermMatcher(terms: ["öka"], language: .sv, unless: #"\d|från .* till"#)
        let text = "Vi vill inte öka kostnaderna. Vi ökar deltagandet till 40 personer. Vi vill öka tryggheten."
        let matches = matcher.matches(in: text)
        #expect(matches.map(\.isNegated) == [true, false, false])
        #expect(matches.map(\.isExcused) == [false, true, false])
        #expect(matcher.firstViolation(in: text)?.text == "öka")
        #expect(matcher.firstViolation(in: text)?.sentence.text == "Vi vill öka tryggheten.")
        #expect(matcher.firstAffirmedMatch(in: text)?.text == "ökar")
    }

    @Test func unlessIsCaseInsensitive() throws {
        let matcher = try TermMatcher(terms: ["stärka"], language: .sv, unless: "FRÅN .* TILL")
        #expect(matcher.firstViolation(in: "Vi stärker andelen från hälften till alla.") == nil)
    }

    @Test func invalidUnlessPatternIsAnErrorWithAMessage() {
        #expect {
            _ = try TermMatcher(terms: ["öka"], language: .sv, unless: "(från")
        } throws: { error in
            guard case .invalidPattern(let pattern, let reason, let column) = error as? TermMatcherError else {
                return false
            }
            return pattern == "(från" && reason.en == "`(` is not closed by `)`" && column == 1
        }
        let error = TermMatcherError.invalidPattern(
            pattern: "(", reason: LocalizedText(en: "expected ')'", sv: "')' saknas"), column: 1)
        #expect(error.message.en == "the regular expression `(` does not compile: expected ')'")
        #expect(error.message.sv == "det reguljära uttrycket `(` går inte att tolka: ')' saknas")
    }

    @Test func termWithoutWordsIsAnError() {
        #expect(throws: TermMatcherError.termWithoutWords(" – ")) {
            _ = try TermMatcher(terms: ["köp", " – "], language: .sv)
        }
    }

    @Test func termsWithStopsMatchAsWritten() throws {
        #expect(
            try found(["etc.", "m.m.", "med mera", "à-pris"], in: "Skolor m.m. och etc. med mera, à-pris.") == [
                "m.m", "etc", "med mera", "à-pris",
            ])
    }

    /// A long text is matched whole (how fast is measured by scripts/benchmark.sh, not here).
    @Test func everyOccurrenceInALongTextIsFoundAndNegated() throws {
        let terms = [
            "beställare", "utförare", "köpa", "köp av tjänst", "upphandling", "anbud", "avrop", "vite", "prisavdrag",
        ]
        let matcher = try TermMatcher(terms: terms, language: .sv)
        let sentence =
            "Föreningen och förvaltningen utvecklar tillsammans verksamheten för barn i området, inte som utförare. "
        let text = String(repeating: sentence, count: 5_000)
        let matches = matcher.matches(in: text)
        #expect(matches.count == 5_000)
        #expect(matches.filter { !$0.isNegated }.isEmpty)
    }
}

extension TermMatcherTests {
    @Test(arguments: [
        ("nämnd", "Beslut i socialna\u{308}mnden."), ("na\u{308}mnd", "Beslut i socialnämnden."),
        ("na\u{308}mnd", "Beslut i na\u{308}mnden."), ("köp av tjänst", "Ko\u{308}p av tja\u{308}nster."),
        ("ko\u{308}p av tja\u{308}nst", "Inga köp av tjänster."),
    ])
    func composedAndDecomposedLettersMatchAlike(_ term: String, _ text: String) throws {
        #expect(try found([term], in: text).count == 1)
    }

    @Test func eachWordIsMatchedAgainstAllTermsAtOnce() throws {
        let terms = ["köp", "nämnd", "upphandling", "vite", "anbud", "köp av tjänst"]
        let matcher = try TermMatcher(terms: terms, language: .sv)
        let matches = matcher.matches(in: "Socialnämnden gör köp av tjänster utan upphandling; vitet gäller.")
        #expect(matches.map(\.term) == ["nämnd", "köp", "köp av tjänst", "upphandling", "vite"])
        #expect(matches.map(\.text) == ["Socialnämnden", "köp", "köp av tjänster", "upphandling", "vitet"])
    }
}
