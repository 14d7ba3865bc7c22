import Synchronization

/// The texts of one document analysed so far, by where their scalar starts: each is analysed
/// the first time a check asks, and then shared by every other check and rule.
final class TextAnalyses: Sendable {
    private enum Entry: Sendable {
        /// A thread is analysing this text; others that ask for it wait.
        case making(String)
        case made(TextAnalysis)
    }

    /// What a look-up found to do.
    private enum Found {
        case known(TextAnalysis)
        case wait
        case make
    }

    // Room for the texts of a typical agreement from the start, instead of growing through
    // every power of two.
    private let entries = Mutex<[Int: Entry]>(Dictionary(minimumCapacity: 128))

    /// The analysis of `text`, the value of the scalar that starts at offset `offset`: made by
    /// the first rule that asks, and waited for by a rule that asks meanwhile.
    func analysis(of text: String, at offset: Int) -> TextAnalysis {
        var backoff = Backoff()
        while true {
            let found = entries.withLock { entries -> Found in
                switch entries[offset] {
                case .made(let known)? where known.text == text: return .known(known)
                case .making(let other)? where other == text: return .wait
                default:
                    entries[offset] = .making(text)
                    return .make
                }
            }
            switch found {
            case .known(let analysis):
                return analysis
            case .wait:
                backoff.wait()
            case .make:
                let analysis = TextAnalysis(text)
                entries.withLock { $0[offset] = .made(analysis) }
                return analysis
            }
        }
    }
}
