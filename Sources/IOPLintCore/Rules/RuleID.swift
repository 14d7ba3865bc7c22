/// A rule's identifier, `pack/name`, both parts `[a-z0-9][a-z0-9-]*`.
public struct RuleID: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public let pack: String
    public let name: String

    /// `nil` unless `text` is `pack/name` with both parts well formed.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        self.init(pack: String(parts[0]), name: String(parts[1]))
    }

    public init?(pack: String, name: String) {
        guard Self.isPart(pack), Self.isPart(name) else { return nil }
        self.pack = pack
        self.name = name
    }

    public var description: String { "\(pack)/\(name)" }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.description < rhs.description }

    /// Whether `text` is a valid pack name or rule name: `[a-z0-9][a-z0-9-]*`.
    public static func isPart(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "-" else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
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
