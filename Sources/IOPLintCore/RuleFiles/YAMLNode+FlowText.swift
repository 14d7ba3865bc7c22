import IOPYAML

extension YAMLNode {
    /// The node written on one line in YAML's flow style, for tables and messages
    /// (`kind: { one-of: [iop, overenskommelse] }`). A map at the top is written without braces.
    var flowText: String {
        guard let pairs = mapping else { return flowValue }
        return pairs.map { "\($0.key.flowValue): \($0.value.flowValue)" }.joined(separator: ", ")
    }

    private var flowValue: String {
        switch content {
        case .scalar(let scalar):
            let plainIsSafe =
                !scalar.value.isEmpty && scalar.style == .plain && !scalar.value.utf8.contains(where: Self.needsQuotes)
            guard !plainIsSafe else { return scalar.value }
            // Split rather than Foundation's `replacingOccurrences`, which goes through NSString
            // (a fifth of a million instructions the first time, when the built-in packs are read).
            let parts = scalar.value.split(separator: "\"", omittingEmptySubsequences: false)
            return "\"" + parts.joined(separator: "\\\"") + "\""
        case .sequence(let items):
            return "[" + items.map(\.flowValue).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{ " + pairs.map { "\($0.key.flowValue): \($0.value.flowValue)" }.joined(separator: ", ") + " }"
        }
    }

    /// Whether a plain scalar holding `byte` must be quoted to be read back the same in flow
    /// style. Looked at byte by byte: every such character is ASCII.
    private static func needsQuotes(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
            UInt8(ascii: ":"), UInt8(ascii: "#"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\n"):
            true
        default: false
        }
    }
}
