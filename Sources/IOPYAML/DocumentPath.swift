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
        // Most paths are plain keys and indices: their text is written straight into a string
        // of its length, without the growing and the integer formatting of appended pieces.
        var length = 0
        for component in components {
            switch component {
            case .index(let index) where index >= 0: length += 2 + Self.digitCount(of: index)
            case .key(let key) where key.isPlainPathKey: length += key.utf8.count + (length > 0 ? 1 : 0)
            default: return quotingDescription
            }
        }
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var end = 0
            for component in components {
                switch component {
                case .index(let index):
                    buffer[end] = UInt8(ascii: "[")
                    end += 1 + Self.digitCount(of: index)
                    var rest = index
                    var digit = end - 1
                    repeat {
                        buffer[digit] = UInt8(ascii: "0") + UInt8(rest % 10)
                        rest /= 10
                        digit -= 1
                    } while rest > 0
                    buffer[end] = UInt8(ascii: "]")
                    end += 1
                case .key(var key):
                    if end > 0 {
                        buffer[end] = UInt8(ascii: ".")
                        end += 1
                    }
                    key.withUTF8 { bytes in
                        for byte in bytes {
                            buffer[end] = byte
                            end += 1
                        }
                    }
                }
            }
            return end
        }
    }

    /// How many decimal digits `number`, not negative, has.
    private static func digitCount(of number: Int) -> Int {
        var digits = 1
        var rest = number / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return digits
    }

    /// ``description`` when a key must be quoted (or an index is negative).
    private var quotingDescription: String {
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
        // Most keys are ASCII: their bytes tell, without decoding scalars (read in place, not
        // through the view's iterator).
        var text = self
        let isASCII: Bool? = text.withUTF8 { bytes in
            var isASCII = true
            for byte in bytes {
                switch byte {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F: continue
                case 0..<0x80: return nil
                default: isASCII = false
                }
            }
            return isASCII
        }
        guard let isASCII else { return false }
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
