/// A rule's identifier, `pack/name`, both parts `[a-z0-9][a-z0-9-]*`.
public struct RuleID: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public let pack: String
    public let name: String
    /// The hash of both parts, worked out once: ids key the dictionaries that every rule looks
    /// itself up in for every document.
    private let precomputedHash: Int

    /// `nil` unless `text` is `pack/name` with both parts well formed.
    public init?(_ text: String) {
        // Found among the bytes: a part is ASCII, and a second `/` fails the name.
        guard let slash = text.utf8.firstIndex(of: UInt8(ascii: "/")) else { return nil }
        self.init(pack: String(text[..<slash]), name: String(text[text.utf8.index(after: slash)...]))
    }

    public init?(pack: String, name: String) {
        guard Self.isPart(pack), Self.isPart(name) else { return nil }
        self.pack = pack
        self.name = name
        var hasher = Hasher()
        hasher.combine(pack)
        hasher.combine(name)
        precomputedHash = hasher.finalize()
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(precomputedHash) }

    public static func == (lhs: RuleID, rhs: RuleID) -> Bool {
        lhs.precomputedHash == rhs.precomputedHash && lhs.pack == rhs.pack && lhs.name == rhs.name
    }

    public var description: String { "\(pack)/\(name)" }

    /// Ordered as ``description``, without building it. Both parts are ASCII, so the order of
    /// the text is the order of its bytes: with the same pack, the names'; else the packs',
    /// unless one pack begins the other (`a`, `a-b`): then the `/` after the shorter is
    /// compared with the longer's next byte.
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool {
        if lhs.pack == rhs.pack { return lhs.name < rhs.name }
        let (left, right) = (lhs.pack.utf8, rhs.pack.utf8)
        if left.count > right.count, left.starts(with: right) {
            return left[left.index(left.startIndex, offsetBy: right.count)] < UInt8(ascii: "/")
        }
        if right.count > left.count, right.starts(with: left) {
            return UInt8(ascii: "/") < right[right.index(right.startIndex, offsetBy: left.count)]
        }
        return lhs.pack < rhs.pack
    }

    /// Whether `text` is a valid pack name or rule name: `[a-z0-9][a-z0-9-]*`.
    public static func isPart(_ text: String) -> Bool {
        text.isKebabCaseName
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = RuleID(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a rule id: \(text)"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension RuleID {
    /// Ids of the `format` pack, whose rules report problems of the YAML and the typed model.
    static let formatYAMLSyntax = RuleID("format/yaml-syntax")!
    static let formatDuplicateKey = RuleID("format/duplicate-key")!
    static let formatVersion = RuleID("format/version")!
    static let formatUnknownKey = RuleID("format/unknown-key")!
    static let formatType = RuleID("format/type")!
    static let formatDate = RuleID("format/date")!
    static let formatUnknownParty = RuleID("format/unknown-party")!
    static let formatDuplicateID = RuleID("format/duplicate-id")!
    static let formatLimits = RuleID("format/limits")!
}
