/// Loads YAML text into node trees with libyaml's event parser.
///
/// Loading never crashes and never runs away: invalid bytes, syntax errors, deep nesting and
/// alias bombs all end in a ``YAMLProblem`` with a position, within the bounds of ``YAMLLimits``.
public struct YAMLLoader: Sendable {
    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// Loads every document of `text`.
    public func load(_ text: String) -> YAMLFile {
        load(bytes: Array(text.utf8))
    }

    /// Files of at least this many bytes are worth reading ahead (``load(bytes:readsAhead:)``):
    /// below it, starting a thread costs more than it saves.
    public static let readAheadFrom = 128 * 1024

    /// Loads every document of a file's raw bytes. With `readsAhead`, libyaml parses on a
    /// thread of its own while this one checks the text and builds the trees: for a caller with
    /// a core to spare and a file of ``readAheadFrom`` bytes or more. The result is the same
    /// either way. While this thread waits for libyaml's, it does `meanwhile`'s work; without
    /// `readsAhead` (or when no thread can be started), `meanwhile` is not asked for any.
    public func load(bytes: [UInt8], readsAhead: Bool = false, meanwhile: (any WhileParsing)? = nil) -> YAMLFile {
        bytes.withUnsafeBufferPointer { buffer in
            // Started before the text is checked, so that the check costs no time; its work is
            // dropped when the text is refused. Never for a file too large to read at all.
            let reader =
                readsAhead && !buffer.isEmpty && buffer.count <= limits.maxBytes
                ? LibYAMLEventReader(readingAhead: buffer, meanwhile: meanwhile) : nil
            let text: String
            switch precheck(buffer) {
            case .refused(let problem):
                // Text that cannot be decoded, that is too large to read, or that holds a NUL (a
                // binary file, `/proc/self/environ`) is not kept: nothing of it is ever shown as a
                // source line. (An empty file has no text to keep.) A reader ahead is stopped when
                // it goes, before the bytes do.
                return YAMLFile(text: "", documents: [], problems: [problem])
            case .readable(let decoded):
                text = decoded
            }
            var builder = TreeBuilder(limits: limits, meanwhile: reader == nil ? nil : meanwhile)
            builder.run(reader ?? LibYAMLEventReader(bytes: buffer), bytes: buffer)
            return YAMLFile(text: text, documents: builder.documents, problems: builder.problems)
        }
    }

    /// What the checks on raw bytes found: the text to parse, or why there is nothing to parse.
    private enum Precheck {
        case readable(String)
        case refused(YAMLProblem)
    }

    private func precheck(_ bytes: UnsafeBufferPointer<UInt8>) -> Precheck {
        if bytes.isEmpty {
            return .refused(YAMLProblem(kind: .empty, range: SourceRange(at: .start)))
        }
        if bytes.count > limits.maxBytes {
            return .refused(YAMLProblem(kind: .fileTooLarge(limit: limits.maxBytes), range: SourceRange(at: .start)))
        }
        guard let text = SourceText.validText(bytes) else {
            let bad = SourceText.firstInvalidUTF8(in: bytes) ?? 0
            return .refused(
                YAMLProblem(kind: .invalidUTF8, range: SourceRange(at: SourceText.position(ofByte: bad, in: bytes))))
        }
        if let nul = SourceText.firstNUL(in: bytes) {
            return .refused(
                YAMLProblem(kind: .binary, range: SourceRange(at: SourceText.position(ofByte: nul, in: bytes))))
        }
        return .readable(text)
    }
}
