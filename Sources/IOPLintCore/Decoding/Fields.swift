import IOPYAML

/// The fields of one map being decoded into a section of the format.
struct Fields {
    let value: Value
    /// The keys of the section, with their other accepted names.
    let section: FormatSection

    var range: SourceRange { value.node.range }
    var path: DocumentPath { value.path }

    /// The value under `key` (or one of its aliases); `nil` when absent or null. Its path uses
    /// `key` even when an alias was written, as the nodes rules see do (``DocumentLoader``
    /// renames aliases to their canonical key).
    subscript(key: String) -> Value? {
        if let found = self[key, writtenAs: key] { return found }
        // Most sections have no aliases: no lookup, and no array, for them.
        guard !section.aliasesByName.isEmpty, let aliases = section.aliasesByName[key] else { return nil }
        for alias in aliases {
            if let found = self[key, writtenAs: alias] { return found }
        }
        return nil
    }

    /// The value written under `name`, with the path of `key`; `nil` when absent or null.
    private subscript(key: String, writtenAs name: String) -> Value? {
        guard let pair = value.node.pair(forKey: name), !pair.value.isNull else { return nil }
        return Value(decoder: value.decoder, node: pair.value, path: value.path.appending(key: key))
    }
}

/// A section of the agreement format that is written as a map.
protocol MappingDecodable: Sendable {
    /// Where the section is written, as a path of ``AgreementFormat`` (`parties[].mandate`;
    /// `""` for the document).
    static var formatPath: String { get }
    init(_ fields: Fields)
}

extension MappingDecodable {
    /// The keys the format defines for this section, with their aliases.
    static var section: FormatSection { AgreementFormat.current.section(at: formatPath) }

    /// The keys the format defines for this section, in the order of the format.
    static var keys: [String] { section.names }

    /// Other accepted names for keys: alias → canonical key.
    static var keyAliases: [String: String] { section.aliases }
}
