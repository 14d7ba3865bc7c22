import IOPYAML

/// A value of the typed model with where it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var range: SourceRange
    /// The path of the map or list the value was read from, or the value's own path when
    /// `last` is `nil`.
    private var base: DocumentPath
    /// The value's key or index in `base`. Decoding keeps the two apart, so that a path is made
    /// only for the values it is asked of (most never are).
    private var last: DocumentPath.Component?

    public init(_ value: Value, range: SourceRange, path: DocumentPath) {
        self.init(value, range: range, in: path, at: nil)
    }

    /// A value at `last` in the map or list at `base` (at `base` itself when `last` is `nil`).
    init(_ value: Value, range: SourceRange, in base: DocumentPath, at last: DocumentPath.Component?) {
        self.value = value
        self.range = range
        self.base = base
        self.last = last
    }

    public var path: DocumentPath {
        get { last.map(base.appending) ?? base }
        set {
            base = newValue
            last = nil
        }
    }
}

extension Located: Equatable where Value: Equatable {
    public static func == (lhs: Located, rhs: Located) -> Bool {
        lhs.value == rhs.value && lhs.range == rhs.range && lhs.path == rhs.path
    }
}

extension Located: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(range)
        hasher.combine(path)
    }
}
