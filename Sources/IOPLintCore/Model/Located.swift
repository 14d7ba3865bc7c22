import IOPYAML

/// A value of the typed model with where it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    /// Where the value was written. Apart from `value` and of a type that is not generic, so
    /// that copying or destroying a located value of any type handles the place with code made
    /// for it, not through the runtime's generic value operations.
    private var place: Place

    public var range: SourceRange {
        get { place.range }
        set { place.range = newValue }
    }

    public init(_ value: Value, range: SourceRange, path: DocumentPath) {
        self.init(value, range: range, in: path, at: nil)
    }

    /// A value at `last` in the map or list at `base` (at `base` itself when `last` is `nil`).
    init(_ value: Value, range: SourceRange, in base: DocumentPath, at last: DocumentPath.Component?) {
        self.value = value
        place = Place(range: range, base: base, last: last)
    }

    public var path: DocumentPath {
        get { place.last.map(place.base.appending) ?? place.base }
        set {
            place.base = newValue
            place.last = nil
        }
    }
}

/// The range and path of a ``Located`` value.
private struct Place: Sendable {
    var range: SourceRange
    /// The path of the map or list the value was read from, or the value's own path when
    /// `last` is `nil`.
    var base: DocumentPath
    /// The value's key or index in `base`. Decoding keeps the two apart, so that a path is made
    /// only for the values it is asked of (most never are).
    var last: DocumentPath.Component?
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
