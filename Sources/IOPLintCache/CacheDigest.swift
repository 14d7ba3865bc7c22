import Crypto

/// A SHA-256 digest (swift-crypto) for cache keys: a file made to collide with another must not
/// inherit its findings, which a fast non-cryptographic hash could not promise.
struct CacheDigest {
    private var hash = SHA256()

    /// Adds `bytes` to the message.
    mutating func update(_ bytes: some Collection<UInt8>) {
        hash.update(data: Array(bytes))
    }

    /// Adds `text` as UTF-8, prefixed by its length, so that fields cannot run into each other.
    mutating func update(field text: String) {
        let bytes = Array(text.utf8)
        update(withUnsafeBytes(of: UInt64(bytes.count).bigEndian, Array.init))
        update(bytes)
    }

    /// The digest as 64 lowercase hexadecimal digits.
    func hexDigest() -> String {
        hash.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
