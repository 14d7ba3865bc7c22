import Synchronization

/// The texts of one document analysed so far, by where their scalar starts: each is analysed
/// the first time a check asks, and then shared by every other check and rule.
final class TextAnalyses: Sendable {
    // Room for the texts of a typical agreement from the start, instead of growing through
    // every power of two.
    private let analyses = Mutex<[Int: TextAnalysis]>(Dictionary(minimumCapacity: 128))

    /// The analysis of `text`, the value of the scalar that starts at offset `offset`.
    func analysis(of text: String, at offset: Int) -> TextAnalysis {
        if let known = analyses.withLock({ $0[offset] }), known.text == text { return known }
        let analysis = TextAnalysis(text)
        analyses.withLock { $0[offset] = analysis }
        return analysis
    }
}
