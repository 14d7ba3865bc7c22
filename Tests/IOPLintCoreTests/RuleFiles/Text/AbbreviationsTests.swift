import Foundation
import Testing

@testable import IOPLintCore

@Suite struct AbbreviationsTests {
    /// The kind of `word` as a sentence split sees it: folded, plain when below U+0300.
    private func kind(_ word: String) -> Abbreviations.Kind? {
        let scalars = Array(word.unicodeScalars)
        return Abbreviations.kind(ofFolded: scalars[...], isPlain: scalars.allSatisfy { $0.value < 0x300 })
    }

    @Test func everyAbbreviationIsFoundComposedAndDecomposed() {
        for key in Abbreviations.inner {
            #expect(kind(key.precomposedStringWithCanonicalMapping) == .inner, "\(key)")
            #expect(kind(key.decomposedStringWithCanonicalMapping) == .inner, "\(key)")
        }
        for key in Abbreviations.closing {
            #expect(kind(key.precomposedStringWithCanonicalMapping) == .closing, "\(key)")
            #expect(kind(key.decomposedStringWithCanonicalMapping) == .closing, "\(key)")
        }
    }

    @Test func otherWordsAndPartsOfAbbreviationsAreNone() {
        for word in ["avtal", "t", "t.e", "t.exx", "m.", "approxi", "f.o", "o\u{308}", "", "中"] {
            #expect(kind(word) == nil, "\(word)")
        }
    }

    /// The trie takes the keys' scalars as written.
    @Test func theKeysAreWrittenComposed() {
        for key in Abbreviations.inner.union(Abbreviations.closing) {
            #expect(
                key.unicodeScalars.elementsEqual(key.precomposedStringWithCanonicalMapping.unicodeScalars), "\(key)")
        }
    }

    @Test func theListsDoNotOverlap() {
        #expect(Abbreviations.inner.isDisjoint(with: Abbreviations.closing))
    }
}
