import IOPYAML

/// A stable identity of a finding, that survives edits elsewhere in the file: lines inserted
/// above it, reindentation, other findings coming and going.
///
/// It is computed from the rule id, the file path, the path in the document and the flagged
/// source text with whitespace normalised (``normalized(_:)``), never from line numbers. It is
/// 32 lowercase hexadecimal digits: two 64-bit FNV-1a hashes, so it is the same on every
/// machine and in every run (Swift's `Hasher` is seeded randomly and must not be used here).
/// Baselines and SARIF's `partialFingerprints` rest on it, so changing how it is computed
/// changes every fingerprint: bump ``version`` then.
public enum Fingerprint {
    /// The version of the computation, part of every hash.
    public static let version = 1

    /// The fingerprint of `finding`, in a file whose text is `text`.
    public static func of(_ finding: Finding, in text: String) -> String {
        of(finding, in: SourceLines(text))
    }

    /// The fingerprint of `finding`, in a file whose lines are `lines`. `occurrence` tells apart
    /// findings that would otherwise share one: 0 for the first, 1 for the next, …
    public static func of(_ finding: Finding, in lines: SourceLines, occurrence: Int = 0) -> String {
        var digest = digest(of: finding, in: lines)
        if occurrence > 0 { digest.add("#\(occurrence)") }
        return digest.text
    }

    /// The fingerprints of `findings` of one file whose lines are `lines`, in order. When two
    /// findings have the same rule, document path and text (the same missing key in two
    /// documents, say), the later one gets the next ``of(_:in:occurrence:)``, so that
    /// fingerprints in a file are unique. ``FileResult`` computes them once, before a baseline
    /// moves any finding, so that applying a baseline changes no finding's fingerprint.
    public static func all(of findings: [Finding], in lines: SourceLines) -> [String] {
        // Counted by the hash of the fields rather than by the fields: they are hashed once.
        // Two findings whose fields differ but hash alike would share a fingerprint anyway.
        var seen: [Digest: Int] = [:]
        seen.reserveCapacity(findings.count)
        // By index: mapping the findings would copy each.
        return findings.indices.map { index in
            var digest = digest(of: findings[index], in: lines)
            let occurrence = seen[digest, default: 0]
            seen[digest] = occurrence + 1
            if occurrence > 0 { digest.add("#\(occurrence)") }
            return digest.text
        }
    }

    /// `text` with every run of whitespace (line breaks included) turned into one space, and
    /// none at either end.
    public static func normalized(_ text: some StringProtocol) -> String {
        var normalizer = Normalizer()
        normalizer.append(Substring(text))
        return String(decoding: normalizer.bytes, as: UTF8.self)
    }

    /// The fields hashed for `finding`; the last, the flagged text normalized, is made as UTF-8
    /// bytes straight from the lines, without the text itself.
    private static func digest(of finding: Finding, in lines: SourceLines) -> Digest {
        var digest = Digest()
        digest.add(versionField)
        digest.add(finding.ruleID.description)
        digest.add(finding.file)
        digest.add(finding.path.description)
        var normalizer = Normalizer()
        var firstPiece = true
        lines.forEachPiece(in: finding.range) { piece in
            // The pieces are lines: what joins them is whitespace.
            if !firstPiece { normalizer.appendWhitespace() }
            firstPiece = false
            normalizer.append(piece)
        }
        normalizer.bytes.withUnsafeBufferPointer { digest.add($0) }
        return digest
    }

    /// Text with every run of whitespace turned into one space and none at either end, built
    /// as UTF-8 bytes a piece at a time. ASCII whitespace (tab to carriage return, space) is
    /// told without a Unicode property look-up.
    private struct Normalizer {
        private(set) var bytes: [UInt8] = []
        private var pendingSpace = false

        mutating func appendWhitespace() {
            pendingSpace = !bytes.isEmpty
        }

        mutating func append(_ text: Substring) {
            var text = text
            text.withUTF8 { utf8 in
                bytes.reserveCapacity(bytes.count + utf8.count)
                var index = 0
                while index < utf8.count {
                    let lead = utf8[index]
                    let length = TextAnalysis.utf8Length(ofLead: lead)
                    let isWhitespace: Bool
                    if lead < 0x80 {
                        isWhitespace = lead == 0x20 || (0x09...0x0D).contains(lead)
                    } else {
                        var value = UInt32(lead) & (0xFF >> (length + 1))
                        for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
                        isWhitespace = Unicode.Scalar(value).unsafelyUnwrapped.properties.isWhitespace
                    }
                    if isWhitespace {
                        appendWhitespace()
                        index += length
                        continue
                    }
                    if pendingSpace { bytes.append(0x20) }
                    pendingSpace = false
                    // Byte by byte: most characters are one or two, too few for a copy to pay.
                    for offset in index..<(index + length) { bytes.append(utf8[offset]) }
                    index += length
                }
            }
        }
    }

    /// The first field of every fingerprint.
    private static let versionField = "iop-lint/\(version)"

    /// Two FNV-1a 64-bit hashes of the fields, each field prefixed by its length so that
    /// `["ab", "c"]` and `["a", "bc"]` differ.
    static func hash(_ fields: [String]) -> String {
        Digest(fields).text
    }

    /// The two hashes of the fields added so far.
    private struct Digest: Hashable {
        private var first: UInt64 = 0xcbf2_9ce4_8422_2325
        private var second: UInt64 = 0x8422_2325_cbf2_9ce4
        private static let prime: UInt64 = 0x0000_0100_0000_01b3

        init() {}

        init(_ fields: [String]) {
            for field in fields { add(field) }
        }

        /// Adds the field's length (8 bytes, little-endian: the low byte first), then its UTF-8.
        mutating func add(_ field: String) {
            var field = field
            field.withUTF8 { add($0) }
        }

        /// Adds a field given as its UTF-8 bytes, as the `String` form does.
        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            var length = UInt64(bytes.count)
            for _ in 0..<8 {
                add(UInt8(truncatingIfNeeded: length))
                length >>= 8
            }
            for byte in bytes { add(byte) }
        }

        /// One byte, to both hashes (FNV-1a: exclusive or, then multiply by the prime).
        private mutating func add(_ byte: UInt8) {
            first = (first ^ UInt64(byte)) &* Self.prime
            second = (second ^ UInt64(byte)) &* Self.prime
        }

        /// 32 lowercase hexadecimal digits: the first hash, then the second.
        var text: String {
            String(unsafeUninitializedCapacity: 32) { digits in
                for (offset, value) in [(0, first), (16, second)] {
                    for index in 0..<16 {
                        let nibble = UInt8(truncatingIfNeeded: value >> UInt64(60 - 4 * index)) & 0x0F
                        digits[offset + index] = nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10
                    }
                }
                return 32
            }
        }
    }
}
