/// The keys of one map of the format (the document, `parties[]`, `term`, …), looked up once per
/// process: what the decoder asks of every map it reads.
public struct FormatSection: Sendable {
    /// The keys that may be written in the map, in the order of the format.
    public let keys: [FormatKey]
    /// The keys' names, in the order of the format.
    public let names: [String]
    /// The other names accepted for keys: alias → canonical name.
    public let aliases: [String: String]
    /// Every name a key may be written with: ``names``, then the aliases in name order.
    public let known: [String]
    /// For each canonical name that has aliases, the aliases in name order.
    public let aliasesByName: [String: [String]]

    init(keys: [FormatKey]) {
        self.keys = keys
        names = keys.map(\.name)
        var aliases: [String: String] = [:]
        for key in keys {
            for alias in key.aliases { aliases[alias] = key.name }
        }
        self.aliases = aliases
        known = names + aliases.keys.sorted()
        aliasesByName = Dictionary(grouping: aliases.keys.sorted(), by: { aliases[$0]! })
    }
}
