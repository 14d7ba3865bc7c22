/// The value of a scalar under the YAML 1.2 core schema.
public enum ResolvedScalar: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
}

extension YAMLNode {
    /// Standard tags of the core schema.
    public enum CoreTag {
        public static let null = "tag:yaml.org,2002:null"
        public static let bool = "tag:yaml.org,2002:bool"
        public static let int = "tag:yaml.org,2002:int"
        public static let float = "tag:yaml.org,2002:float"
        public static let string = "tag:yaml.org,2002:str"
    }

    /// The scalar's value resolved by the YAML 1.2 core schema: plain untagged scalars become
    /// null, booleans or numbers when they look like one; quoted and block scalars are strings.
    /// A core tag (`!!null`, `!!bool`, `!!int`, `!!float`) gives its type to a text that is a
    /// valid form of it (`!!float 1` is `1.0`) and leaves any other text a string; every other
    /// tag, `!!str` and `!` included, makes a string. `nil` for sequences and mappings.
    public var resolved: ResolvedScalar? {
        guard let scalar else { return nil }
        let text = scalar.value
        switch tag {
        case nil where scalar.style == .plain: return Self.resolvePlain(text)
        case CoreTag.null?: return Self.isNullForm(text) ? .null : .string(text)
        case CoreTag.bool?: return Self.resolveBool(text).map(ResolvedScalar.bool) ?? .string(text)
        case CoreTag.int?:
            guard case .int(let value)? = Self.resolveNumber(text) else { return .string(text) }
            return .int(value)
        case CoreTag.float?:
            switch Self.resolveNumber(text) {
            case .int(let value)?: return .float(Double(value))
            case .float(let value)?: return .float(value)
            default: return .string(text)
            }
        default: return .string(text)
        }
    }

    /// Whether the node is a null scalar (`~`, `null`, empty plain).
    public var isNull: Bool { resolved == .null }

    static func resolvePlain(_ text: String) -> ResolvedScalar {
        // Most plain scalars are words: longer than any null, boolean, infinity or NaN form
        // (five bytes at most) and not starting as a number does.
        if text.utf8.count > 5, let first = text.utf8.first, !Self.canStartNumber(first) { return .string(text) }
        if isNullForm(text) { return .null }
        if let bool = resolveBool(text) { return .bool(bool) }
        return resolveNumber(text) ?? .string(text)
    }

    /// A digit, a sign or a point: the bytes a number of the core schema can start with.
    private static func canStartNumber(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
    }

    static func isNullForm(_ text: String) -> Bool {
        ["", "~", "null", "Null", "NULL"].contains(text)
    }

    static func resolveBool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    static func resolveNumber(_ text: String) -> ResolvedScalar? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        if let value = radixInteger(text, prefix: "0o", radix: 8) ?? radixInteger(text, prefix: "0x", radix: 16) {
            return .int(value)
        }
        guard isDecimalNumber(text) else { return nil }
        if let value = Int(text) { return .int(value) }
        return Double(text).map(ResolvedScalar.float)
    }

    /// `0o[0-7]+` or `0x[0-9a-fA-F]+`: digits only after the prefix, no sign.
    private static func radixInteger(_ text: String, prefix: String, radix: Int) -> Int? {
        guard text.hasPrefix(prefix) else { return nil }
        let digits = text.dropFirst(prefix.count)
        guard let first = digits.first, first != "+", first != "-" else { return nil }
        return Int(digits, radix: radix)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isDecimalNumber(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
        }
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        let integerDigits = bytes.prefix(while: isDigit).count
        bytes = bytes.dropFirst(integerDigits)
        var fractionDigits = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fractionDigits = bytes.prefix(while: isDigit).count
            bytes = bytes.dropFirst(fractionDigits)
            if integerDigits == 0 && fractionDigits == 0 { return false }
        } else if integerDigits == 0 {
            return false
        }
        if let marker = bytes.first, marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                bytes = bytes.dropFirst()
            }
            let exponentDigits = bytes.prefix(while: isDigit).count
            if exponentDigits == 0 { return false }
            bytes = bytes.dropFirst(exponentDigits)
        }
        return bytes.isEmpty
    }
}
