import Testing

@testable import IOPLintCore

@Suite struct PlaceholderDetectorTests {
    @Test(arguments: [
        ("Målet är TODO.", "TODO"), ("TODO: skriv mål", "TODO"), ("Budget: TBD", "TBD"), ("Datum TBA", "TBA"),
        ("Fixa FIXME nu", "FIXME"), ("Kostnad xxx kronor", "xxx"), ("Kostnad XXX kr", "XXX"),
        ("Undertecknat XXXX-XX-XX", "XXXX-XX-XX"), ("Beslutat ÅÅÅÅ-MM-DD", "ÅÅÅÅ-MM-DD"),
        ("Signed YYYY-MM-DD", "YYYY-MM-DD"), ("Kontakt: NN", "NN"), ("Lorem ipsum dolor sit amet", "Lorem"),
        ("Parterna [fyll i]", "[fyll i]"), ("Parterna [fyll i namn på föreningen]", "[fyll i namn på föreningen]"),
        ("Belopp [ange belopp] kr", "[ange belopp]"), ("Se [...]", "[...]"), ("Se […]", "[…]"),
        ("Undertecknas av <namn>", "<namn>"), ("Hej <Kommunens namn>!", "<Kommunens namn>"), ("Det blir <…>", "<…>"),
        ("Antal deltagare ???", "???"), ("Budgeten är att fyllas i.", "att fyllas i"),
        ("Resurser fylls i senare.", "fylls i senare"), ("Budget to be decided.", "to be decided"),
        ("Date to be defined.", "to be defined"), ("Plats meddelas senare.", "meddelas senare"),
    ])
    func draftPlaceholdersAreFound(_ text: String, _ placeholder: String) {
        #expect(PlaceholderDetector.first(in: text)?.text == placeholder)
    }

    @Test(arguments: [
        "Föreningen bidrar med 200 timmar per år.",
        "Todo el mundo participa.",
        "Blanketten fylls i av deltagaren.",
        "Enligt lagen [2016:1145] om offentlig upphandling.",
        "Vi har XX deltagare i år XXI.",
        "Kontakta <info@huddinge.se> eller se <https://huddinge.se>.",
        "Om x < 5 och y > 3 är det bra.",
        "Vad kostar det? Vem betalar?",
        "Mötet hålls 2025-03-01.",
        "Vi har nn platser.",
    ])
    func ordinaryTextHasNoPlaceholder(_ text: String) {
        #expect(PlaceholderDetector.first(in: text) == nil)
    }

    @Test func firstPlaceholderIsTheEarliestWithItsRange() {
        let text = "Å: <namn> och TODO"
        #expect(PlaceholderDetector.first(in: text) == Placeholder(text: "<namn>", range: 3..<9))
        #expect(PlaceholderDetector.all(in: text).map(\.text) == ["<namn>", "TODO"])
    }
}
