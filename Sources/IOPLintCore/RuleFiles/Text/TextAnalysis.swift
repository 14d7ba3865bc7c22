/// One text taken apart once: its Unicode scalars, its words (``Words``) with their folded
/// forms (``TextFolding``), and its sentences (``Sentences``), all as offsets.
///
/// Every text check of a document reads the same analysis of a scalar (see
/// ``LintDocument/analysis(of:)``), so a text is decoded, folded and segmented at most once
/// however many rules look at it. Nothing here builds a string per word: words and sentences
/// are ranges, and folded words are ranges into one buffer of folded scalars.
final class TextAnalysis: Sendable {
    /// A word: where it stands in ``scalars``, and where its folded form stands in ``folded``.
    struct Word: Sendable {
        let range: Range<Int>
        let folded: Range<Int>
        /// Every folded scalar is below U+0300, where no scalar decomposes or combines: the
        /// folded form equals another folded form exactly when their scalars are the same.
        let isPlain: Bool
    }

    /// A sentence: where it stands in ``scalars`` (with its punctuation), and its words as
    /// indices into ``words``.
    struct Sentence: Sendable {
        let range: Range<Int>
        let words: Range<Int>
    }

    let text: String
    let scalars: [Unicode.Scalar]
    let words: [Word]
    /// The folded forms of all words, one after the other.
    let folded: [Unicode.Scalar]
    let sentences: [Sentence]

    init(_ text: String) {
        self.text = text
        // One pass over the text (`Array(text.unicodeScalars)` counts the scalars first).
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        self.scalars = scalars
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(scalars.count)
        let spans = Words.spans(scalars)
        var words: [Word] = []
        words.reserveCapacity(spans.count)
        for range in spans {
            let start = folded.count
            for index in range { TextFolding.append(scalars[index], to: &folded) }
            let isPlain = folded[start...].allSatisfy { $0.value < 0x300 }
            words.append(Word(range: range, folded: start..<folded.count, isPlain: isPlain))
        }
        self.words = words
        self.folded = folded
        sentences = Sentences.spans(scalars: scalars, words: words, folded: folded)
    }

    /// The folded form of word `index`, as a string (canonical equality: for dictionaries).
    func key(_ index: Int) -> String {
        Words.string(folded[words[index].folded])
    }

    /// The folded scalars of word `index`.
    func foldedScalars(_ index: Int) -> ArraySlice<Unicode.Scalar> {
        folded[words[index].folded]
    }

    /// Whether word `index` folds to exactly `scalars` (plain text, such as ASCII).
    func word(_ index: Int, folds scalars: [Unicode.Scalar]) -> Bool {
        folded[words[index].folded].elementsEqual(scalars)
    }

    /// The text of some scalars of the text.
    func string(_ range: Range<Int>) -> String {
        Words.string(scalars[range])
    }

    /// Word `index` as the public ``IOPLintCore/Word``.
    func publicWord(_ index: Int) -> IOPLintCore.Word {
        IOPLintCore.Word(text: string(words[index].range), range: words[index].range)
    }

    /// A sentence as the public ``IOPLintCore/Sentence``.
    func publicSentence(_ sentence: Sentence) -> IOPLintCore.Sentence {
        IOPLintCore.Sentence(
            text: string(sentence.range), range: sentence.range, words: sentence.words.map(publicWord))
    }
}
