/// Why a ``LinearRegex`` could not be compiled, and where.
public struct LinearRegexError: Error, Sendable, Hashable {
    /// What is wrong, in English and Swedish.
    public var message: LocalizedText
    /// The 1-based column (in Unicode scalars) of the pattern where the problem is.
    public var column: Int

    public init(_ message: LocalizedText, column: Int) {
        self.message = message
        self.column = column
    }

    /// `message` with `(column N)`.
    public var described: LocalizedText {
        LocalizedText(en: "\(message.en) (column \(column))", sv: "\(message.sv) (kolumn \(column))")
    }
}
