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
    public func appending(_ component: Component) -> DocumentPath {
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
                text.append("[")
                text.append(String(index))
                text.append("]")
            case .key(let key) where key.isPlainPathKey:
                if !text.isEmpty { text.append(".") }
                text.append(key)
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
    /// Letters (any script), digits, `-` and `_`; ASCII is told without a Unicode property look-up.
    fileprivate var isPlainPathKey: Bool {
        guard !isEmpty else { return false }
        // Most keys are ASCII: their bytes tell, without decoding scalars.
        var isASCII = true
        for byte in utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F: continue
            case 0..<0x80: return false
            default: isASCII = false
            }
        }
        if isASCII { return true }
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F: continue
            case 0..<0x80: return false
            default: if !scalar.properties.isAlphabetic { return false }
            }
        }
        return true
    }
}
