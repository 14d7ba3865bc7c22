import IOPYAML

/// The fields of one map being decoded into a section of the format.
///
/// A class: a section's initializer reads its keys one after the other, mostly in the format's
/// order, and each look-up starts from the key after the last one found.
final class Fields {
    let value: Value
    /// The map's path.
    let path: DocumentPath
    /// The keys of the section, with their other accepted names.
    let section: FormatSection
    /// The map's pairs.
    private let pairs: [YAMLPair]
    /// For each key of `section`, the index in `pairs` of the value read for it (written under
    /// its name, or else under its first alias in name order that has one), or -1 when none is
    /// written or all are null: found in one walk over the pairs, so that each look-up is one.
    private let chosen: [Int]
    /// The index in `section` of the key after the last one looked up.
    private var nextSlot = 0

    init(value: Value, path: DocumentPath, section: FormatSection, pairs: [YAMLPair], chosen: [Int]) {
        self.value = value
        self.path = path
        self.section = section
        self.pairs = pairs
        self.chosen = chosen
    }

    var range: SourceRange { value.node.range }

    /// The value under `key` (or one of its aliases); `nil` when absent or null. Its path uses
    /// `key` even when an alias was written, as the nodes rules see do (``DocumentLoader``
    /// renames aliases to their canonical key).
    subscript(key: String) -> Value? {
        guard let slot = section.slot(of: key, expectedAt: nextSlot), slot.rank == 0 else { return lookUp(key) }
        nextSlot = slot.index + 1
        let index = chosen[slot.index]
        guard index >= 0 else { return nil }
        return Value(decoder: value.decoder, node: pairs[index].value, in: path, at: .key(key))
    }

    /// The value under `key`, a name that is not a key of the section, by a walk over the pairs.
    private func lookUp(_ key: String) -> Value? {
        guard let node = value.node[key], !node.isNull else { return nil }
        return Value(decoder: value.decoder, node: node, in: path, at: .key(key))
    }
}

/// A section of the agreement format that is written as a map.
protocol MappingDecodable: Sendable {
    /// The keys the format defines for this section, with their aliases: the section at the
    /// path of ``AgreementFormat`` where it is written (`parties[].mandate`; `""` for the
    /// document), looked up once per process.
    static var section: FormatSection { get }
    /// The section with none of its keys read.
    init()
    /// Reads the section's keys from the fields of its map.
    ///
    /// A section is read into in place, not made by an initializer that reads every key: the
    /// compiler builds such a value aside and copies it out, every value it holds retained and
    /// released once more.
    mutating func read(_ fields: Fields)
}

extension MappingDecodable {
    /// The keys the format defines for this section, in the order of the format.
    static var keys: [String] { section.names }

    /// Other accepted names for keys: alias → canonical key.
    static var keyAliases: [String: String] { section.aliases }
}
