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
        hash(fields(of: finding, in: lines) + (occurrence > 0 ? ["#\(occurrence)"] : []))
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
        return findings.map { finding in
            var digest = Digest(fields(of: finding, in: lines))
            let occurrence = seen[digest, default: 0]
            seen[digest] = occurrence + 1
            if occurrence > 0 { digest.add("#\(occurrence)") }
            return digest.text
        }
    }

    /// `text` with every run of whitespace (line breaks included) turned into one space, and
    /// none at either end.
    public static func normalized(_ text: some StringProtocol) -> String {
        // Built as UTF-8 bytes; ASCII whitespace (tab to carriage return, space) is told without
        // a Unicode property look-up.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isWhitespace =
                scalar.isASCII
                ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
            if isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(0x20) }
            pendingSpace = false
            if scalar.isASCII {
                result.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { result.append($0) }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func fields(of finding: Finding, in lines: SourceLines) -> [String] {
        [
            versionField, finding.ruleID.description, finding.file, finding.path.description,
            normalized(lines.text(in: finding.range)),
        ]
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

        init(_ fields: [String]) {
            for field in fields { add(field) }
        }

        /// Adds the field's length (8 bytes, little-endian: the low byte first), then its UTF-8.
        mutating func add(_ field: String) {
            var field = field
            field.withUTF8 { bytes in
                var length = UInt64(bytes.count)
                for _ in 0..<8 {
                    add(UInt8(truncatingIfNeeded: length))
                    length >>= 8
                }
                for byte in bytes { add(byte) }
            }
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
