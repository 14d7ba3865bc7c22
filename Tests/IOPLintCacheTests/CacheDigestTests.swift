import Testing

@testable import IOPLintCache

/// The digest is SHA-256 (FIPS 180-4's examples), fed whole or in pieces, and fields are framed.
@Suite struct CacheDigestTests {
    private static func digest(_ text: String) -> String {
        var digest = CacheDigest()
        digest.update(Array(text.utf8))
        return digest.hexDigest()
    }

    @Test func knownDigests() {
        #expect(Self.digest("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Self.digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            Self.digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func piecesGiveTheDigestOfTheWhole() {
        let text = Array(String(repeating: "överenskommelse ", count: 20).utf8)
        var pieces = CacheDigest()
        for chunk in stride(from: 0, to: text.count, by: 7) { pieces.update(text[chunk..<min(chunk + 7, text.count)]) }
        var whole = CacheDigest()
        whole.update(text)
        #expect(pieces.hexDigest() == whole.hexDigest())
    }

    @Test func fieldsCannotRunIntoEachOther() {
        var split = CacheDigest()
        split.update(field: "ab")
        split.update(field: "c")
        var other = CacheDigest()
        other.update(field: "a")
        other.update(field: "bc")
        #expect(split.hexDigest() != other.hexDigest())
    }
}
