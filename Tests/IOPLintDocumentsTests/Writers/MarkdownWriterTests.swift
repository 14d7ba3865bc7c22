import IOPLintCore
import Testing

@testable import IOPLintDocuments

@Suite struct MarkdownWriterTests {
    private func markdown(_ yaml: String) -> String {
        MarkdownWriter().write(AgreementLayout(agreement: Agreements.decode(yaml), language: .sv).document())
    }

    @Test func headingsTablesAndLabels() {
        let text = markdown(Agreements.small)
        #expect(text.hasPrefix("# Läxhjälp i Gottsunda\n\n*Idéburet offentligt partnerskap (IOP)*\n"))
        #expect(text.contains("\n## 1\\. Parter\n\n### Läxhjälpen Gottsunda\n\n**Organisationsnummer:** 802400-1234\n"))
        #expect(text.contains("| Post | Belopp (kr) | Part |\n| --- | --- | --- |\n| Samordnare |"))
        #expect(text.contains("- Ordnar läxhjälp två kvällar i veckan.\n"))
    }

    @Test func agreementTextIsEscaped() {
        let text = MarkdownWriter().write(Agreements.hostileDocument)
        #expect(
            text.hasPrefix(
                "# Föreningen \\<b\\>Ett \\& Två\\</b\\> \"AB\" \\| \\*fet\\* \\_kursiv\\_ \\[länk\\](x) \\# \\]\\]\\> slut\n"
            ))
    }

    @Test func aLineThatWouldStartAListIsEscaped() {
        #expect(TextEscaping.markdown("- inte en lista") == "\\- inte en lista")
        #expect(TextEscaping.markdown("1. inte numrerad") == "1\\. inte numrerad")
    }
}
