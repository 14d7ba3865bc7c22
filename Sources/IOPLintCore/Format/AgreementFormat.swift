import IOPYAML

/// The agreement format described once: every key with its type, allowed values, meaning and an
/// example. The decoder takes its known keys from here, and so do `docs/agreement-format.md`,
/// `iop-lint schema`, `iop-lint init` and editor completion and hover.
///
/// Paths are written with keys joined by `.` and list items as `[]`: `parties[].mandate.level`.
/// The root's path is `""`. Keys starting with `x-` are extensions and never in the table.
public struct AgreementFormat: Sendable {
    /// The format version this table describes (`iop-lint: 1`).
    public let version: Int
    /// Every key, parents before their children, in the order of the format.
    public let keys: [FormatKey]
    private let byPath: [String: FormatKey]
    private let byParent: [String: [FormatKey]]
    /// The section of each map of the format, by the path of its keys' parent (`""`,
    /// `parties[]`, `parties[].mandate`): made with the table, so that a run that builds the
    /// table ahead finds them all made when it decodes its first agreement.
    private let sections: [String: FormatSection]

    /// Version 1 of the format, the one iop-lint reads.
    public static let current = AgreementFormat(
        version: 1, keys: topLevelKeys + partyKeys + signatoryAndFunderKeys + sectionKeys + historyKeys)

    init(version: Int, keys: [FormatKey]) {
        self.version = version
        self.keys = keys
        byPath = Dictionary(keys.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        byParent = Dictionary(grouping: keys, by: \.parentPath)
        sections = byParent.mapValues(FormatSection.init(keys:))
    }

    /// The key at `path` (`parties[].mandate.level`), or at the path an alias stands for
    /// (`principles.integrity`); `nil` for a path the format does not define.
    public func key(at path: String) -> FormatKey? {
        Self.key(at: path, byPath: byPath, byParent: byParent)
    }

    private static func key(
        at path: String, byPath: [String: FormatKey], byParent: [String: [FormatKey]]
    ) -> FormatKey? {
        if let key = byPath[path] { return key }
        let parent = path.lastIndex(of: ".").map { String(path[..<$0]) } ?? ""
        let name = path.lastIndex(of: ".").map { String(path[path.index(after: $0)...]) } ?? path
        return byParent[parent]?.first { $0.aliases.contains(name) }
    }

    /// The key a node of a document sits at: list indices match `[]` (`parties[0].mandate` is
    /// `parties[].mandate`); `nil` when the path is not a key of the format (an `x-` key, a
    /// misspelling, or a list item itself).
    public func key(for path: DocumentPath) -> FormatKey? {
        key(at: Self.formatPath(of: path))
    }

    /// The keys that may be written in the map at `path`, in the order of the format. `path`
    /// may name the map (`term`, `parties[]`) or a list of maps (`parties`, read as its items);
    /// `""` gives the top-level keys. Empty when the value at `path` has no keys.
    public func children(of path: String) -> [FormatKey] {
        Self.children(of: path, byPath: byPath, byParent: byParent)
    }

    /// The keys of the map at `path` with their names and aliases, as ``children(of:)`` gives them.
    public func section(at path: String) -> FormatSection {
        Self.childrenPath(of: path, byPath: byPath, byParent: byParent).flatMap { sections[$0] }
            ?? FormatSection(keys: [])
    }

    private static func children(
        of path: String, byPath: [String: FormatKey], byParent: [String: [FormatKey]]
    ) -> [FormatKey] {
        childrenPath(of: path, byPath: byPath, byParent: byParent).flatMap { byParent[$0] } ?? []
    }

    /// The parent path of the keys of the map at `path`; `nil` when the format has no map there.
    private static func childrenPath(
        of path: String, byPath: [String: FormatKey], byParent: [String: [FormatKey]]
    ) -> String? {
        if path.isEmpty { return "" }
        if let key = key(at: path, byPath: byPath, byParent: byParent) {
            return key.type.hasKeys ? key.childrenPath : nil
        }
        return path.hasSuffix("[]") ? path : nil
    }

    /// The keys that may be written in the map a document node at `path` is (`parties[0]`).
    public func children(of path: DocumentPath) -> [FormatKey] {
        children(of: Self.formatPath(of: path))
    }

    /// The other names accepted for keys of the map at `path`: alias → canonical name.
    public func aliases(under path: String) -> [String: String] {
        section(at: path).aliases
    }

    /// The allowed values at `path` when they are a closed set, else the suggested ones (none for
    /// most keys). For a list of values (`parties[].roles`) these are the values of its items.
    public func values(at path: String) -> [FormatValue] {
        key(at: path)?.values ?? []
    }

    /// The format path of a document path: each index becomes `[]` (`parties[0].id` is
    /// `parties[].id`, and the item `parties[0]` itself is `parties[]`).
    public static func formatPath(of path: DocumentPath) -> String {
        var text = ""
        for component in path.components {
            switch component {
            case .index: text += "[]"
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            }
        }
        return text
    }
}
