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
    /// Every name of ``known``, with the place of its key in ``keys``: what the decoder looks a
    /// written key up in, once per key.
    let slots: [String: Slot]

    /// Where a name a key may be written with leads.
    struct Slot: Sendable {
        /// The index of the key in ``FormatSection/keys``.
        var index: Int
        /// 0 for the key's own name; for an alias, its place among the key's aliases in name
        /// order, from 1: when several are written, the lowest rank is read.
        var rank: Int
    }

    init(keys: [FormatKey]) {
        self.keys = keys
        names = keys.map(\.name)
        var aliases: [String: String] = [:]
        for key in keys {
            for alias in key.aliases { aliases[alias] = key.name }
        }
        self.aliases = aliases
        known = names + aliases.keys.sorted()
        let aliasesByName = Dictionary(grouping: aliases.keys.sorted(), by: { aliases[$0]! })
        self.aliasesByName = aliasesByName
        var slots: [String: Slot] = [:]
        for (index, key) in keys.enumerated() where slots[key.name] == nil {
            slots[key.name] = Slot(index: index, rank: 0)
        }
        for (index, key) in keys.enumerated() {
            for (aliasIndex, alias) in (aliasesByName[key.name] ?? []).enumerated() where slots[alias] == nil {
                slots[alias] = Slot(index: index, rank: aliasIndex + 1)
            }
        }
        self.slots = slots
    }
}
