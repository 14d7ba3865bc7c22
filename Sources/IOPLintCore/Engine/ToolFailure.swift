/// A failure of the run itself, not of an agreement: a file that cannot be read, say.
/// Any failure makes the run exit with code 2.
public struct ToolFailure: Sendable, Hashable, Error {
    public var message: LocalizedText
    /// The file concerned, as shown in output; `nil` when none.
    public var file: String?

    public init(message: LocalizedText, file: String? = nil) {
        self.message = message
        self.file = file
    }
}
