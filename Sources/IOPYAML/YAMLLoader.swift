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

    /// Loads every document of a file's raw bytes.
    public func load(bytes: [UInt8]) -> YAMLFile {
        bytes.withUnsafeBufferPointer { buffer in
            if let problem = precheck(buffer) {
                // Text that cannot be decoded, that is too large to read, or that holds a NUL (a
                // binary file, `/proc/self/environ`) is not kept: nothing of it is ever shown as a
                // source line.
                let text = problem.kind == .empty ? SourceText.decode(buffer) : ""
                return YAMLFile(text: text, documents: [], problems: [problem])
            }
            var builder = TreeBuilder(limits: limits)
            builder.run(LibYAMLEventReader(bytes: buffer), bytes: buffer)
            return YAMLFile(text: SourceText.decode(buffer), documents: builder.documents, problems: builder.problems)
        }
    }

    private func precheck(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLProblem? {
        if bytes.isEmpty {
            return YAMLProblem(kind: .empty, range: SourceRange(at: .start))
        }
        if bytes.count > limits.maxBytes {
            return YAMLProblem(kind: .fileTooLarge(limit: limits.maxBytes), range: SourceRange(at: .start))
        }
        if let bad = SourceText.firstInvalidUTF8(in: bytes) {
            return YAMLProblem(kind: .invalidUTF8, range: SourceRange(at: SourceText.position(ofByte: bad, in: bytes)))
        }
        if let nul = bytes.firstIndex(of: 0) {
            return YAMLProblem(kind: .binary, range: SourceRange(at: SourceText.position(ofByte: nul, in: bytes)))
        }
        return nil
    }
}
