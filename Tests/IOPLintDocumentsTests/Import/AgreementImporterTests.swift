import IOPLintCore
import Testing

@testable import IOPLintDocuments

@Suite struct AgreementImporterTests {
    private func p(_ text: String, heading: Int? = nil, bold: Bool = false, list: Bool = false) -> WordBlock {
        .paragraph(WordParagraph(text: text, headingLevel: heading, isBold: bold, isListItem: list))
    }

    private func title(_ text: String) -> WordBlock {
        .paragraph(WordParagraph(text: text, isTitle: true))
    }

    private func agreement(_ yaml: String) -> Agreement {
        Agreements.decode(yaml)
    }

    /// A draft as officials write one: bold and numbered pseudo-headings, parties in a sentence,
    /// the term and the notice in prose, money in a sentence, signatures on lines.
    private var draft: [WordBlock] {
        [
            title("Överenskommelse om idéburet offentligt partnerskap – Läxhjälp i Gottsunda"),
            p(
                "Denna överenskommelse har ingåtts mellan Uppsala kommun (org.nr 212000-3005) och Läxhjälpen Gottsunda, org.nr 802400-1234, nedan kallad föreningen."
            ),
            p("1. Bakgrund", bold: true),
            p("Många elever i Gottsunda saknar stöd med läxorna hemma."),
            p("§ 2 Parternas åtaganden"),
            p("Läxhjälpen Gottsunda åtar sig att:"),
            p("ordna läxhjälp två kvällar i veckan", list: true),
            p("rekrytera volontärer", list: true),
            p("Uppsala kommun åtar sig att:"),
            p("upplåta lokaler i Gottsunda skola", list: true),
            p("Ekonomi", bold: true),
            p("Uppsala kommun bidrar med 120 000 kronor per år till verksamheten."),
            p("Avtalstid", heading: 1),
            p("Överenskommelsen gäller från och med 1 augusti 2025 till och med den 30 juni 2027."),
            p("Överenskommelsen kan sägas upp med en uppsägningstid om tre (3) månader."),
            p("Försäkringar", heading: 1),
            p("Föreningen ansvarar för att volontärerna är försäkrade."),
            p("Underskrifter", heading: 1),
            p("För Uppsala kommun"),
            p("Ort och datum: Uppsala 2025-06-20"),
            p("______________________"),
            p("Anna Svensson"),
            p("Utbildningsdirektör"),
        ]
    }

    @Test func headingsByStyleBoldAndNumberingBecomeSections() {
        let result = AgreementImporter().importBlocks(draft)
        let model = agreement(result.yaml)
        #expect(model.background?.value == "Många elever i Gottsunda saknar stöd med läxorna hemma.")
        #expect(model.commitments?.count == 3)
        #expect(model.commitments?.first?.party?.value == "laxhjalpen-gottsunda")
        #expect(model.commitments?.first?.what?.value == "ordna läxhjälp två kvällar i veckan")
        #expect(model.commitments?.last?.party?.value == "uppsala-kommun")
    }

    @Test func partiesComeFromTheOpeningSentenceWithTheirNumbers() {
        let model = agreement(AgreementImporter().importBlocks(draft).yaml)
        #expect(model.parties?.map { $0.name?.value } == ["Uppsala kommun", "Läxhjälpen Gottsunda"])
        #expect(model.parties?.map { $0.orgNumber?.value } == ["212000-3005", "802400-1234"])
    }

    @Test func termNoticeAndMoneyAreTakenFromProse() {
        let model = agreement(AgreementImporter().importBlocks(draft).yaml)
        #expect(model.term?.start?.value.description == "2025-08-01")
        #expect(model.term?.end?.value.description == "2027-06-30")
        #expect(model.term?.noticeMonths?.value == 3)
        let money = model.resources?.first
        #expect(money?.party?.value == "uppsala-kommun")
        #expect(money?.amount?.value == 120_000)
        #expect(money?.per?.value == .year)
        #expect(model.economy?.payment?.value == "Uppsala kommun bidrar med 120 000 kronor per år till verksamheten.")
    }

    @Test func signaturesAreReadFromTheirLines() {
        let model = agreement(AgreementImporter().importBlocks(draft).yaml)
        let signature = model.signatures?.first
        #expect(signature?.party?.value == "uppsala-kommun")
        #expect(signature?.name?.value == "Anna Svensson")
        #expect(signature?.title?.value == "Utbildningsdirektör")
        #expect(signature?.date?.value.description == "2025-06-20")
    }

    @Test func textOfAnUnknownSectionIsKeptAsCommentsWhereItWas() {
        let result = AgreementImporter().importBlocks(draft)
        #expect(
            result.yaml.contains(
                "# Försäkringar\n# Föreningen ansvarar för att volontärerna är försäkrade.\nsignatures:\n"))
        #expect(result.summary.leftOver == 2)
    }

    @Test func guessesAreMarkedSoThatTheLinterFlagsThem() {
        let result = AgreementImporter().importBlocks(draft)
        // "Uppsala kommun" suggests a public party; "Läxhjälpen Gottsunda" suggests nothing, so no guess.
        #expect(result.summary.guessed.sorted() == ["kind", "parties[0].type"])
        #expect(result.yaml.contains("kind: \"TODO: iop\""))
        #expect(result.yaml.contains("type: \"TODO: public\""))
        let findings = Linter(rules: RuleRegistry.builtIn.rules).lint(bytes: Array(result.yaml.utf8), path: "x.yaml")
            .findings
        #expect(findings.filter { $0.ruleID.description == "format/type" }.count == 2)
        #expect(result.summary.text(in: .sv).contains("2 gissade och markerade TODO (kind, parties[0].type)"))
    }

    @Test func kindAndLanguageFromTheCommandLineWin() {
        let result = AgreementImporter(kind: .iop, language: .en).importBlocks(draft)
        #expect(result.yaml.contains("\nkind: iop\nlanguage: en\n"))
        #expect(!result.summary.guessed.contains("kind"))
    }

    @Test func aBudgetTableIsReadAndItsSumSkipped() {
        let blocks: [WordBlock] = [
            p("Parter", heading: 1), p("Uppsala kommun", heading: 2), p("Ekonomi", heading: 1),
            .table([
                ["Kostnadspost", "Belopp", "Finansieras av"], ["Lokalhyra", "60 000 kr", "Uppsala kommun"],
                ["Material", "5 500", "Uppsala kommun"], ["Summa", "65 500", ""],
            ]),
        ]
        let model = agreement(AgreementImporter().importBlocks(blocks).yaml)
        #expect(model.economy?.budget?.map { $0.item?.value } == ["Lokalhyra", "Material"])
        #expect(model.economy?.budget?.map { $0.amount?.value } == [60_000, 5_500])
        #expect(model.economy?.budget?.map { $0.party?.value } == ["uppsala-kommun", "uppsala-kommun"])
    }

    @Test func anUnknownTableIsKeptAsCommentRows() {
        let blocks: [WordBlock] = [
            title("Läxhjälp"), p("Bilagor", heading: 1), .table([["Bilaga", "Innehåll"], ["1", "Budget"]]),
        ]
        let result = AgreementImporter().importBlocks(blocks)
        #expect(result.yaml.hasSuffix("# Bilagor\n# Bilaga | Innehåll\n# 1 | Budget\n"))
    }

    @Test func aFirstHeadingThatIsNoSectionIsTheTitle() {
        let blocks: [WordBlock] = [
            p("IOP – Läxhjälp i Kronogården", bold: true), p("Bakgrund", bold: true), p("Text."),
        ]
        let model = agreement(AgreementImporter().importBlocks(blocks).yaml)
        #expect(model.title?.value == "IOP – Läxhjälp i Kronogården")
        #expect(model.background?.value == "Text.")
    }

    @Test func hostileTextStaysTextInTheYAML() {
        let blocks: [WordBlock] = [
            title("Titel: \"citat\" # inte en kommentar\n--- ny rad"), p("Bakgrund", heading: 1),
            p("Rad ett\u{2028}\u{0007} slut: {a: 1}"),
        ]
        let result = AgreementImporter().importBlocks(blocks)
        let model = agreement(result.yaml)
        #expect(model.title?.value == "Titel: \"citat\" # inte en kommentar --- ny rad")
        #expect(model.background?.value == "Rad ett\u{2028}\u{0007} slut: {a: 1}")
    }
}
