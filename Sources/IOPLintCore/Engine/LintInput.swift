/// Something to lint: a file on disk, or text already read (standard input).
public struct LintInput: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        /// A file to read, at this file-system path (its bytes, which need not be UTF-8).
        case file(RawPath)
        /// Bytes already read.
        case bytes([UInt8])
    }

    /// The name shown in output (for a file, its path as ``RawPath/shown`` shows it).
    public var displayPath: String
    public var source: Source

    public init(displayPath: String, source: Source) {
        self.displayPath = displayPath
        self.source = source
    }
}

extension LintInput {
    /// Whether the input is large enough for its rules to be spread over the jobs no other file
    /// takes (``DocumentChecks/parallelFrom`` bytes or more), told from a file's size without
    /// reading it.
    public var isLarge: Bool {
        switch source {
        case .bytes(let bytes): Self.isLarge(byteCount: bytes.count)
        case .file(let path): Self.isLarge(byteCount: path.regularFileSize ?? 0)
        }
    }

    /// Whether an input of `byteCount` bytes is large (``isLarge``).
    public static func isLarge(byteCount: Int) -> Bool {
        byteCount >= DocumentChecks.parallelFrom
    }
}
