/// One key of the agreement format: where it is written, what it holds and what it means.
public struct FormatKey: Sendable, Hashable {
    /// The key's place in an agreement: keys joined by `.`, the items of a list written `[]`
    /// (`parties[].mandate.level`). Top-level keys have no dot (`term`).
    public var path: String
    public var type: FormatType
    /// For ``FormatType/enumeration`` (or a list of it), every allowed value; for text, values
    /// that are suggested but not required (`follow-up.frequency`); else empty.
    public var values: [FormatValue]
    /// Whether the format itself requires the key. Only `iop-lint` is: every other section is
    /// optional to the format, and it is the rule packs that say what a sound agreement has.
    public var isRequired: Bool
    /// What the key holds and why, in both languages.
    public var meaning: LocalizedText
    /// A value as it could be written after `key: `, in YAML (flow style for maps and lists).
    public var example: String
    /// Other names accepted for the key (`integrity` for `principles.independence`).
    public var aliases: [String]
    /// A regular expression (ECMA 262, as in JSON Schema) that a text value should match, for
    /// editors; the parser does not check it, a rule does (`parties[].org-number`).
    public var pattern: String?

    public init(
        _ path: String, _ type: FormatType, values: [FormatValue] = [], required: Bool = false,
        meaning: LocalizedText, example: String, aliases: [String] = [], pattern: String? = nil
    ) {
        self.path = path
        self.type = type
        self.values = values
        self.isRequired = required
        self.meaning = meaning
        self.example = example
        self.aliases = aliases
        self.pattern = pattern
    }

    /// The key as written in its map (`level` for `parties[].mandate.level`).
    public var name: String {
        guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")) else { return path }
        return String(path[path.utf8.index(after: dot)...])
    }

    /// The path of the map that holds this key: `parties[].mandate` for
    /// `parties[].mandate.level`, `""` for a top-level key.
    public var parentPath: String {
        guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")) else { return "" }
        return String(path[..<dot])
    }

    /// The path under which the keys of this key's map (or its list's maps) are written:
    /// `parties[]` for `parties`, `term` for `term`.
    public var childrenPath: String {
        type.itemType == nil ? path : path + "[]"
    }

    /// Whether the values are a closed set.
    public var isEnumeration: Bool {
        type == .enumeration || type == .list(.enumeration)
    }
}
