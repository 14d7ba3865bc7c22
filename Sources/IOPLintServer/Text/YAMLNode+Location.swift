import IOPYAML

extension YAMLNode {
    /// What is at `position` under this node: the path of the innermost key or scalar value
    /// holding it, whether it is the key itself, and that key or value's node; `nil` when
    /// `position` is in none.
    func location(
        of position: SourcePosition, path: DocumentPath = .root
    ) -> (path: DocumentPath, isKey: Bool, node: YAMLNode)? {
        if let pairs = mapping {
            for pair in pairs {
                guard let key = pair.key.scalar?.value else { continue }
                let childPath = path.appending(key: key)
                if Self.contains(pair.key.range, position) { return (childPath, true, pair.key) }
                if let inner = pair.value.location(of: position, path: childPath) { return inner }
            }
        } else if let items = sequence {
            for (index, item) in items.enumerated() {
                if let inner = item.location(of: position, path: path.appending(index: index)) { return inner }
            }
        }
        guard !path.isRoot, scalar != nil, Self.contains(range, position) else { return nil }
        return (path, false, self)
    }

    private static func contains(_ range: SourceRange, _ position: SourcePosition) -> Bool {
        (range.start.line, range.start.column) <= (position.line, position.column)
            && (position.line, position.column) < (range.end.line, range.end.column)
    }
}
