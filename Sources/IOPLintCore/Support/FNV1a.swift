/// The 64-bit FNV-1a hash: fast, and the same on every machine and run (unlike `Hasher`), for
/// splitting work by path and finding the built-in packs' compiled trees by their text. Not for
/// anything an adversary could exploit.
public struct FNV1a: Sendable {
    private static let prime: UInt64 = 0x0000_0100_0000_01b3
    /// The standard offset basis.
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The hash of the bytes added so far.
    public private(set) var value: UInt64

    /// A hash from `basis` (by default the standard offset basis).
    public init(basis: UInt64 = Self.offsetBasis) { value = basis }

    public mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* Self.prime
    }

    /// The hash of `text`'s UTF-8 bytes, from the standard offset basis.
    public static func hash(of text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash = FNV1a()
            for byte in bytes { hash.add(byte) }
            return hash.value
        }
    }
}
