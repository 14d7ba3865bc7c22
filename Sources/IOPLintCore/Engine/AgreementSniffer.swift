import Foundation

/// Tells an agreement from other YAML by its first bytes, without parsing it: an agreement's
/// first key is `iop-lint:` (the format's version key), after any byte order mark, blank lines,
/// comments, directives (`%YAML`) and a `---` document start.
public enum AgreementSniffer {
    /// The most bytes read before giving up on finding the first key.
    static let longestLead = 1 << 20
    /// Bytes read at a time.
    static let chunk = 4096
    /// `---`, a document start.
    private static let documentStart = Array("---".utf8)
    /// `iop-lint`, the format's version key.
    private static let versionKey = Array("iop-lint".utf8)

    /// Whether the file at `path` starts as an agreement. A file that cannot be read counts as
    /// one, so that linting it reports why.
    public static func isAgreement(at path: RawPath) -> Bool {
        FileBytes.withDescriptor(at: path) { descriptor in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(chunk)
            while bytes.count < longestLead {
                guard let read = FileBytes.readChunk(descriptor, appendingTo: &bytes, count: chunk) else { return true }
                if let answer = firstKeyIsVersion(bytes, complete: read < chunk) { return answer }
            }
            return false
        } ?? true
    }

    /// Whether each of `paths` starts as an agreement (``isAgreement(at:)``), with up to
    /// `readers` files read at a time: telling agreements apart is a folder walk's reading,
    /// done before any file is linted.
    public static func areAgreements(_ paths: [RawPath], readers: Int?) -> [Bool] {
        ParallelReads.map(paths, readers: readers) { isAgreement(at: $0) }
    }

    /// Whether `bytes` start with `iop-lint:` as their first key; `nil` when the bytes end before
    /// it is known and more may follow (`complete` is false).
    public static func firstKeyIsVersion(_ bytes: [UInt8], complete: Bool) -> Bool? {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count {
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                return complete ? startsWithVersionKey(bytes[start...]) : nil
            }
            if let answer = startsWithVersionKey(bytes[start..<end]) { return answer }
            start = end + 1
        }
        return complete ? false : nil
    }

    /// Whether `line` holds the version key; `nil` for a line before any content (blank, comment,
    /// directive, document start).
    static func startsWithVersionKey(_ line: ArraySlice<UInt8>) -> Bool? {
        var rest = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        guard let first = rest.first, first != UInt8(ascii: "#") else { return nil }
        if first == UInt8(ascii: "%") && rest.startIndex == line.startIndex { return nil }
        if rest.starts(with: documentStart) {
            rest = rest.dropFirst(3)
            guard let next = rest.first else { return nil }
            guard next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\r") else {
                return false
            }
            return startsWithVersionKey(rest)
        }
        if first == UInt8(ascii: "{") { rest = rest.dropFirst().drop { $0 == UInt8(ascii: " ") } }
        return isVersionKey(rest)
    }

    /// Whether `text` starts with `iop-lint`, plain or quoted, then `:`.
    private static func isVersionKey(_ text: ArraySlice<UInt8>) -> Bool {
        var rest = text
        let quote = rest.first.flatMap { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") ? $0 : nil }
        if quote != nil { rest = rest.dropFirst() }
        guard rest.starts(with: versionKey) else { return false }
        rest = rest.dropFirst(8)
        if let quote {
            guard rest.first == quote else { return false }
            rest = rest.dropFirst()
        }
        rest = rest.drop { $0 == UInt8(ascii: " ") }
        guard rest.first == UInt8(ascii: ":") else { return false }
        let after = rest.dropFirst().first
        return after == nil || after == UInt8(ascii: " ") || after == UInt8(ascii: "\t")
            || after == UInt8(ascii: "\r") || (quote != nil && after != nil)
    }
}
