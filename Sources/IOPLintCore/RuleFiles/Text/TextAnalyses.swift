/// The texts of one document analysed so far, by where their scalar starts: each is analysed
/// the first time a check asks, and then shared by every other check and rule.
final class TextAnalyses: Sendable {
    // Room for the texts of a typical agreement from the start, instead of growing through
    // every power of two.
    private let analyses = OnceTable<Int, TextAnalysis>(capacity: 128)

    /// How many texts are analysed.
    var count: Int { analyses.madeCount }

    /// The analysis of `text`, the value of the scalar that starts at offset `offset`: made by
    /// the first rule that asks, and waited for by a rule that asks meanwhile. (A different
    /// text at an offset already analysed is analysed for itself, and not kept.)
    func analysis(of text: String, at offset: Int) -> TextAnalysis {
        let analysis = analyses.value(for: offset) { TextAnalysis(text) }
        return analysis.text == text ? analysis : TextAnalysis(text)
    }
}
