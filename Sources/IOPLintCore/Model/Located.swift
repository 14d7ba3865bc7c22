import IOPYAML

/// A value of the typed model with where it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var range: SourceRange
    public var path: DocumentPath

    public init(_ value: Value, range: SourceRange, path: DocumentPath) {
        self.value = value
        self.range = range
        self.path = path
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
