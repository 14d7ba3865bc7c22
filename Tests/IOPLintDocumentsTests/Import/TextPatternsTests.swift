import IOPLintCore
import Testing

@testable import IOPLintDocuments

@Suite struct TextPatternsTests {
    @Test func partiesOfTheOpeningSentence() throws {
        let parties = try #require(
            TextPatterns.partiesBetween(
                in:
                    "Detta avtal är upprättat mellan Värnamo kommun (212000-0621), nedan kallad kommunen, och Föreningen Gemenskap, org.nr 802480-1234, nedan kallad föreningen, om läxhjälp."
            ))
        #expect(parties.map(\.name) == ["Värnamo kommun", "Föreningen Gemenskap"])
        #expect(parties.map(\.orgNumber) == ["212000-0621", "802480-1234"])
    }

    @Test func namesWithCommasAreSeparatedBySemicolons() throws {
        let parties = try #require(
            TextPatterns.partiesBetween(
                in: "mellan Polismyndigheten, lokalpolisområde Borlänge; Borlänge kommun och Borlängehem AB."))
        #expect(
            parties.map(\.name) == ["Polismyndigheten, lokalpolisområde Borlänge", "Borlänge kommun", "Borlängehem AB"])
    }

    @Test func termInSwedishAndEnglishProse() {
        let swedish = TextPatterns.term(in: "Ramavtalsperioden är från och med 2014-06-01 till och med 2016-05-31.")
        #expect(swedish.start?.description == "2014-06-01")
        #expect(swedish.end?.description == "2016-05-31")
        let english = TextPatterns.term(in: "This agreement is valid from 1 March 2025 until February 28, 2027.")
        #expect(english.start?.description == "2025-03-01")
        #expect(english.end?.description == "2027-02-28")
        #expect(
            TextPatterns.term(in: "Överenskommelsen gäller till och med 31 december 2026.").end?.description
                == "2026-12-31")
    }

    @Test(arguments: [
        ("Uppsägningstiden är sex (6) månader.", 6), ("med tre månaders uppsägningstid", 3),
        ("either party may terminate with twelve months' notice", 12), ("Uppsägning sker med 1 månads varsel", 1),
    ])
    func noticePeriods(text: String, months: Int) {
        #expect(TextPatterns.noticeMonths(in: text) == months)
    }

    @Test func monthsWithoutNoticeAreNoNotice() {
        #expect(TextPatterns.noticeMonths(in: "Verksamheten pågår i sex månader.") == nil)
    }

    @Test(arguments: [
        ("bidrar med 450 000 kronor per år", 450_000.0), ("totalt 1,2 miljoner kronor", 1_200_000),
        ("300 tkr", 300_000), ("SEK 15000 för material: 15000 SEK", 15_000),
    ])
    func amountsOfMoney(text: String, amount: Double) {
        #expect(TextPatterns.money(in: text) == amount)
    }

    @Test func slugsAreIDs() {
        #expect(TextPatterns.slug("Hela Människan Huddinge-Botkyrka-Salem") == "hela-manniskan-huddinge-botkyrka-salem")
        #expect(TextPatterns.slug("Östersunds kommun") == "ostersunds-kommun")
        #expect(TextPatterns.slug("!!!") == "part")
    }
}
