import IOPLintCore
import Testing

@testable import IOPLintDocuments

@Suite struct HTMLWriterTests {
    private func html(_ yaml: String) -> String {
        HTMLWriter().write(AgreementLayout(agreement: Agreements.decode(yaml), language: .sv).document())
    }

    @Test func printsOnA4AndKeepsSignaturesTogether() {
        let page = html(Agreements.small)
        #expect(page.contains("@page { size: A4;"))
        #expect(page.contains("@media print"))
        #expect(page.contains("<html lang=\"sv\">"))
        #expect(page.contains("<section class=\"signature\">\n<p class=\"party\">För Uppsala kommun</p>"))
    }

    @Test func agreementTextIsEscaped() {
        let page = HTMLWriter().write(Agreements.hostileDocument)
        #expect(
            page.contains(
                "<h1>Föreningen &lt;b&gt;Ett &amp; Två&lt;/b&gt; &quot;AB&quot; | *fet* _kursiv_ [länk](x) # ]]&gt; slut</h1>"
            ))
        #expect(!page.contains("<b>Ett"))
        #expect(!page.contains("\u{0001}"))
    }
}
