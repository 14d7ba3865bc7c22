/// Why a selector's text does not parse, and where.
public struct SelectorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was expected or found, e.g. "expected `]`".
    public var message: String
    /// Where parsing stopped: 1-based, counted in Unicode scalars from the start of the selector
    /// text. One past the last scalar when the text ended too early (`parties[*` → 10).
    public var column: Int

    public init(_ message: String, column: Int) {
        self.message = message
        self.column = column
    }

    /// `column N: message`.
    public var description: String { "column \(column): \(message)" }
}
