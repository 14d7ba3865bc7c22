/// The YAML an import writes: maps keep the order keys were added in, and any node may carry
/// comments that are written before it (text of the document that could not be mapped).
final class DraftNode {
    enum Kind {
        case map
        case list
        /// A scalar; `plain` for values that are safe unquoted (numbers, dates, enumeration words, ids).
        case scalar(String, plain: Bool)
    }

    var kind: Kind
    private(set) var keys: [String] = []
    private(set) var children: [String: DraftNode] = [:]
    private(set) var items: [DraftNode] = []
    /// Comment lines written before the node (before its key, or its `-`).
    var comments: [String] = []
    /// Comment lines written after the last entry of a map or list.
    var trailingComments: [String] = []

    init(_ kind: Kind) {
        self.kind = kind
    }

    static func text(_ value: String) -> DraftNode { DraftNode(.scalar(value, plain: false)) }
    static func plain(_ value: String) -> DraftNode { DraftNode(.scalar(value, plain: true)) }

    subscript(key: String) -> DraftNode? {
        children[key]
    }

    /// The map at `path` below this one, made when missing.
    func map(at path: [String]) -> DraftNode {
        var node = self
        for key in path {
            if let child = node.children[key] {
                node = child
            } else {
                let child = DraftNode(.map)
                node.set(key, child)
                node = child
            }
        }
        return node
    }

    /// The list at `path` below this one, made when missing.
    func list(at path: [String]) -> DraftNode {
        let parent = map(at: Array(path.dropLast()))
        if let existing = parent.children[path.last!] {
            // A map made only to hold comments becomes the list.
            if case .map = existing.kind, existing.keys.isEmpty { existing.kind = .list }
            return existing
        }
        let list = DraftNode(.list)
        parent.set(path.last!, list)
        return list
    }

    /// Sets `key` of this map, keeping its place when it was there.
    func set(_ key: String, _ value: DraftNode) {
        if let old = children[key] {
            value.comments = old.comments + value.comments
        } else {
            keys.append(key)
        }
        children[key] = value
    }

    /// Sets the value at `path` (maps made on the way).
    func set(_ path: [String], _ value: DraftNode) {
        map(at: Array(path.dropLast())).set(path.last!, value)
    }

    /// Removes `key` of this map.
    func remove(_ key: String) {
        keys.removeAll { $0 == key }
        children[key] = nil
    }

    func append(_ item: DraftNode) {
        items.append(item)
    }

    var isEmpty: Bool {
        switch kind {
        case .map: keys.isEmpty
        case .list: items.isEmpty
        case .scalar: false
        }
    }

    /// The scalar's text, when the node is one.
    var scalar: String? {
        if case .scalar(let value, _) = kind { return value }
        return nil
    }

    // MARK: Writing

    /// The document as YAML text, at `indent` spaces.
    func yaml() -> String {
        var lines: [String] = []
        writeMapEntries(into: &lines, indent: 0)
        return lines.joined(separator: "\n") + "\n"
    }

    private func writeMapEntries(into lines: inout [String], indent: Int) {
        let pad = String(repeating: " ", count: indent)
        for key in keys {
            let child = children[key]!
            lines += child.comments.map { pad + "# " + $0 }
            child.write(after: pad + key + ":", into: &lines, indent: indent)
        }
        lines += trailingComments.map { pad + "# " + $0 }
    }

    /// Writes this node as the value following `prefix` (`key:` or `-`).
    private func write(after prefix: String, into lines: inout [String], indent: Int) {
        switch kind {
        case .scalar(let value, let plain):
            if !plain, value.contains("\n"), let block = YAMLText.literalBlock(value, indent: indent + 2) {
                lines.append(prefix + " |-")
                lines += block
            } else {
                lines.append(prefix + " " + (plain ? value : YAMLText.quoted(value)))
            }
        case .map where keys.isEmpty:
            lines.append(prefix + " {}")
        case .list where items.isEmpty:
            lines.append(prefix + " []")
        case .map:
            lines.append(prefix)
            writeMapEntries(into: &lines, indent: indent + 2)
        case .list:
            lines.append(prefix)
            let pad = String(repeating: " ", count: indent + 2)
            for item in items {
                lines += item.comments.map { pad + "# " + $0 }
                if case .map = item.kind, !item.keys.isEmpty {
                    var itemLines: [String] = []
                    item.writeMapEntries(into: &itemLines, indent: indent + 4)
                    // The first line of the map goes after the dash.
                    if let first = itemLines.first {
                        let firstIsComment = first.trimmingPrefixSpaces().hasPrefix("#")
                        if firstIsComment {
                            lines.append(pad + "-")
                            lines += itemLines
                        } else {
                            lines.append(pad + "- " + first.trimmingPrefixSpaces())
                            lines += itemLines.dropFirst()
                        }
                    }
                } else {
                    item.write(after: pad + "-", into: &lines, indent: indent + 2)
                }
            }
            lines += trailingComments.map { pad + "# " + $0 }
        }
    }
}

extension String {
    fileprivate func trimmingPrefixSpaces() -> String {
        String(drop { $0 == " " })
    }
}
