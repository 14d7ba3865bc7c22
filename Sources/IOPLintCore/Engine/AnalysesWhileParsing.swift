import IOPYAML

/// The shorter texts of a large file analysed on the loading thread in the time it would
/// spend waiting for libyaml's thread (``WhileParsing``): analyses the rules would make, made
/// while the tree is built, before the model is decoded. Prose is what ``AnalysesAhead``
/// takes for it (``AnalysesAhead/prose(of:)``). A text of more than ``longestPiece`` bytes is left to
/// ``AnalysesAhead`` and the rules: one piece of work must not keep the thread from taking
/// libyaml's batches for long.
final class AnalysesWhileParsing: WhileParsing {
    /// The longest text analysed as one piece, in bytes: about 0.1 ms of work, while libyaml's
    /// thread has about a millisecond of events to parse before its batches are full.
    static let longestPiece = 1024

    /// The most scalars waiting to be looked at. More means that the thread has less time to
    /// spare than the file has texts; the others are then left for later, so that a file of a
    /// million keys does not keep a million nodes here.
    static let mostWaiting = 1024

    /// The scalars taken in that may be prose, and how many of them were looked at.
    private var pending: [(scalar: YAMLNode, document: Int)] = []
    private var looked = 0
    private var byDocument: [Int: TextAnalyses] = [:]

    func took(_ scalar: YAMLNode, inDocument index: Int) {
        guard case .scalar(let value) = scalar.content, (2...Self.longestPiece).contains(value.value.utf8.count),
            pending.count - looked < Self.mostWaiting
        else { return }
        if looked == pending.count {
            pending.removeAll(keepingCapacity: true)
            looked = 0
        }
        pending.append((scalar, index))
    }

    func doPiece() -> Bool {
        while looked < pending.count {
            let (scalar, document) = pending[looked]
            looked += 1
            guard let text = AnalysesAhead.prose(of: scalar) else { continue }
            _ = analyses(of: document).analysis(of: text, at: scalar.range.start.offset)
            return true
        }
        return false
    }

    /// The texts of document `index` analysed so far, where the rules will find them.
    func analyses(of index: Int) -> TextAnalyses {
        if let analyses = byDocument[index] { return analyses }
        let analyses = TextAnalyses()
        byDocument[index] = analyses
        return analyses
    }
}
