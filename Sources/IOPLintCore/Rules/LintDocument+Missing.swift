import IOPYAML

extension LintDocument {
    /// Where to point for something missing at `path`.
    ///
    /// Inside a section that is there, the key of the closest ancestor that is there (even with a
    /// value of the wrong type): `term` for a missing `term.notice-months`. For a missing section
    /// (nothing of `path` is there), the empty spot where the section belongs: at the start of the
    /// line after the section that comes before it in the order of the format, or at the start of
    /// the document when none does. `isInsertionPoint` tells the two apart.
    public func placeForMissing(_ path: DocumentPath) -> (range: SourceRange, isInsertionPoint: Bool) {
        var ancestor = path.parent
        while !ancestor.isRoot {
            if let found = node(at: ancestor, skippingRejected: false) {
                if case .key(let key)? = ancestor.components.last,
                    let pair = node(at: ancestor.parent, skippingRejected: false)?.pair(forKey: key)
                {
                    return (pair.key.range, false)
                }
                return (found.range, false)
            }
            ancestor = ancestor.parent
        }
        guard let root else { return (SourceRange(at: .start), false) }
        guard case .key(let section)? = path.components.first, let pairs = root.mapping else {
            return (SourceRange(at: root.range.start), false)
        }
        return (SourceRange(at: insertionPoint(ofSection: section, among: pairs) ?? root.range.start), true)
    }

    /// The start of the line after the section that comes closest before `section` in the order
    /// of the format, when one is there.
    private func insertionPoint(ofSection section: String, among pairs: [YAMLPair]) -> SourcePosition? {
        let order = AgreementFormat.current.children(of: "").map(\.name)
        guard let place = order.firstIndex(of: section) else { return nil }
        for name in order[..<place].reversed() {
            if let pair = pairs.first(where: { $0.key.scalar?.value == name }) {
                return lineStart(after: pair.value.range.end)
            }
        }
        return nil
    }

    /// `position` when it starts a line, else the start of the next line (or `position` itself
    /// when no line follows, or the text is not known).
    private func lineStart(after position: SourcePosition) -> SourcePosition {
        guard position.column > 1, let lineBreak = sourceScalars.offset(ofNext: "\n", from: position.offset) else {
            return position
        }
        return SourcePosition(line: position.line + 1, column: 1, offset: lineBreak + 1)
    }
}
