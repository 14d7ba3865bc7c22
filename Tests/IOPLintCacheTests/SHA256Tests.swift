import Testing

@testable import IOPLintCache

/// The digest matches FIPS 180-4's examples, across block boundaries and in pieces.
@Suite struct SHA256Tests {
    private static func digest(_ text: String) -> String {
        var hash = SHA256()
        hash.update(Array(text.utf8))
        return hash.hexDigest()
    }

    @Test func knownDigests() {
        #expect(Self.digest("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Self.digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            Self.digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            Self.digest(String(repeating: "a", count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func piecesGiveTheDigestOfTheWhole() {
        let text = Array(String(repeating: "överenskommelse ", count: 20).utf8)
        var pieces = SHA256()
        for chunk in stride(from: 0, to: text.count, by: 7) { pieces.update(text[chunk..<min(chunk + 7, text.count)]) }
        var whole = SHA256()
        whole.update(text)
        #expect(pieces.hexDigest() == whole.hexDigest())
    }
}
