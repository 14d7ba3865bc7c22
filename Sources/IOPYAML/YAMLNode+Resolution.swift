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
    /// null, booleans or numbers when they look like one; quoted and block scalars are strings;
    /// an explicit core tag decides. `nil` for sequences and mappings.
    public var resolved: ResolvedScalar? {
        guard let scalar else { return nil }
        switch tag {
        case CoreTag.string?: return .string(scalar.value)
        case CoreTag.null?: return .null
        case CoreTag.bool?: return Self.resolveBool(scalar.value).map(ResolvedScalar.bool) ?? .string(scalar.value)
        case CoreTag.int?, CoreTag.float?: return Self.resolveNumber(scalar.value) ?? .string(scalar.value)
        case nil where scalar.style == .plain: return Self.resolvePlain(scalar.value)
        default: return .string(scalar.value)
        }
    }

    /// Whether the node is a null scalar (`~`, `null`, empty plain).
    public var isNull: Bool { resolved == .null }

    static func resolvePlain(_ text: String) -> ResolvedScalar {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        default: break
        }
        if let bool = resolveBool(text) { return .bool(bool) }
        return resolveNumber(text) ?? .string(text)
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
        if text.hasPrefix("0o"), let value = Int(text.dropFirst(2), radix: 8) { return .int(value) }
        if text.hasPrefix("0x"), let value = Int(text.dropFirst(2), radix: 16) { return .int(value) }
        guard isDecimalNumber(text) else { return nil }
        if let value = Int(text) { return .int(value) }
        return Double(text).map(ResolvedScalar.float)
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
