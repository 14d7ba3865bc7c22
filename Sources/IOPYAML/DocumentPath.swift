/// The path of a node inside one YAML document, written as in `parties[1].mandate`.
public struct DocumentPath: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// One step of a path: a mapping key or a sequence index (0-based).
    public enum Component: Sendable, Hashable, Codable {
        case key(String)
        case index(Int)
    }

    public private(set) var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// The path of the document root, printed as the empty string.
    public static let root = DocumentPath()

    public var isRoot: Bool { components.isEmpty }

    /// This path extended by a mapping key.
    public func appending(key: String) -> DocumentPath {
        appending(.key(key))
    }

    /// This path extended by a sequence index.
    public func appending(index: Int) -> DocumentPath {
        appending(.index(index))
    }

    /// This path extended by `component`, in one new array of the exact size.
    private func appending(_ component: Component) -> DocumentPath {
        var extended: [Component] = []
        extended.reserveCapacity(components.count + 1)
        extended.append(contentsOf: components)
        extended.append(component)
        return DocumentPath(extended)
    }

    /// The path without its last component; the root's parent is the root.
    public var parent: DocumentPath {
        DocumentPath(Array(components.dropLast()))
    }

    /// Dotted form: keys joined by `.`, indices in brackets; keys that are not plain
    /// identifiers are quoted (`x["a b"]`).
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where key.isPlainPathKey:
                text += text.isEmpty ? key : ".\(key)"
            case .key(let key):
                let escaped = key.unicodeScalars.map { $0 == "\"" || $0 == "\\" ? "\\\($0)" : "\($0)" }.joined()
                text += "[\"\(escaped)\"]"
            }
        }
        return text
    }

    public static func < (lhs: DocumentPath, rhs: DocumentPath) -> Bool {
        lhs.description < rhs.description
    }
}

extension String {
    fileprivate var isPlainPathKey: Bool {
        !isEmpty
            && unicodeScalars.allSatisfy { scalar in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
                    || scalar == "_"
            }
    }
}
