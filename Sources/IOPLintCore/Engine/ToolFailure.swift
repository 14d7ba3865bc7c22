import IOPYAML

/// A failure of the run itself, not of an agreement: a file that cannot be read, an invalid
/// rule file. Any failure makes the run exit with code 2.
public struct ToolFailure: Sendable, Hashable, Error, CustomStringConvertible {
    public var message: LocalizedText
    /// The file concerned, as shown in output; `nil` when none.
    public var file: String?
    /// Where in `file` the problem is, when known.
    public var position: SourcePosition?

    public init(message: LocalizedText, file: String? = nil, position: SourcePosition? = nil) {
        self.message = message
        self.file = file
        self.position = position
    }

    /// `file:line:col: message` in `language`, as the command line prints it.
    public func shown(in language: Language) -> String {
        guard let file, let position else { return message[language] }
        return "\(file):\(position.line):\(position.column): \(message[language])"
    }

    public var description: String { shown(in: .en) }
}

/// Several failures found together, e.g. every error of a set of rule files.
public struct ToolFailures: Error, Sendable {
    public var failures: [ToolFailure]

    public init(_ failures: [ToolFailure]) {
        self.failures = failures
    }
}
