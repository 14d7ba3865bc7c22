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

    /// The scalar's text when it resolves to a string: the same answer as `resolved` being
    /// `.string(text)`, without making a value of the others. Checks of text ask it of most
    /// nodes they reach, and most are untagged words and sentences. Inlinable: asked of a node
    /// inside a list, it reads the node where it is, without a copy made for the call.
    @inlinable public var stringValue: String? {
        guard case .scalar(let scalar) = content else { return nil }
        guard tag == nil else {
            if case .string(let text)? = resolved { return text }
            return nil
        }
        return scalar.style != .plain || Self.plainIsString(scalar.value) ? scalar.value : nil
    }

    /// Whether `resolvePlain(text)` is a string, asked in the same order.
    @usableFromInline static func plainIsString(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        guard Self.canStartNumber(first) else {
            return text.utf8.count > 5 || !(isNullForm(text) || resolveBool(text) != nil)
        }
        return resolveNumber(text) == nil
    }

    /// Whether the node is a null scalar (`~`, `null`, empty plain): the same answer as
    /// `resolved == .null`, without resolving anything else.
    public var isNull: Bool {
        guard case .scalar(let scalar) = content else { return false }
        switch tag {
        case nil: return scalar.style == .plain && Self.isNullForm(scalar.value)
        case CoreTag.null?: return Self.isNullForm(scalar.value)
        default: return false
        }
    }

    static func resolvePlain(_ text: String) -> ResolvedScalar {
        guard let first = text.utf8.first else { return .null }
        // Most plain scalars are words: they do not start as a number does, and are longer than
        // any null or boolean form (five bytes at most).
        guard Self.canStartNumber(first) else {
            guard text.utf8.count <= 5 else { return .string(text) }
            if isNullForm(text) { return .null }
            return resolveBool(text).map(ResolvedScalar.bool) ?? .string(text)
        }
        return resolveNumber(text) ?? .string(text)
    }

    /// A digit, a sign or a point: the bytes a number of the core schema can start with.
    private static func canStartNumber(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
    }

    static func isNullForm(_ text: String) -> Bool {
        switch text.utf8.count {
        case 0: return true
        case 1: return text == "~"
        case 4: return text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }

    static func resolveBool(_ text: String) -> Bool? {
        // Every form has four or five bytes: other texts are not compared with six of them.
        guard (4...5).contains(text.utf8.count) else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    static func resolveNumber(_ text: String) -> ResolvedScalar? {
        guard let first = text.utf8.first, canStartNumber(first) else { return nil }
        if text.utf8.count <= 5 && !isDigit(first) {
            switch text {
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
            case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
            case ".nan", ".NaN", ".NAN": return .float(.nan)
            default: break
            }
        }
        if first == UInt8(ascii: "0"),
            let value = radixInteger(text, prefix: "0o", radix: 8) ?? radixInteger(text, prefix: "0x", radix: 16)
        {
            return .int(value)
        }
        var bytes = text
        guard bytes.withUTF8(isDecimalNumber) else { return nil }
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
    private static func isDecimalNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        /// Moves past one of `first` and `second` when it is next.
        func skip(_ first: UInt8, or second: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == first || bytes[index] == second else { return false }
            index += 1
            return true
        }
        func digits() -> Int {
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            return index - start
        }
        let (minus, plus, point) = (UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."))
        _ = skip(minus, or: plus)
        let integerDigits = digits()
        if skip(point, or: point) {
            if digits() == 0 && integerDigits == 0 { return false }
        } else if integerDigits == 0 {
            return false
        }
        if skip(UInt8(ascii: "e"), or: UInt8(ascii: "E")) {
            _ = skip(minus, or: plus)
            if digits() == 0 { return false }
        }
        return index == bytes.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
