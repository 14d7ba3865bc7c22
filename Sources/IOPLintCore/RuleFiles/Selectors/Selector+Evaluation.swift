import IOPYAML

extension Selector {
    /// The nodes this selector reaches in `document`, and the keys it found missing on the way.
    ///
    /// - `current` is `@`: where a selector starting with `@` begins, and what `@.field` in a
    ///   filter is read from. Without it, both select nothing.
    /// - Nodes at `document.rejected` paths are absent: a rejected value is a missing key, a
    ///   rejected list item is skipped (the others keep their indices).
    /// - A key step on a mapping that lacks the key records the concrete path in `missing`
    ///   (`parties[1].mandate`), and so does one on a null, an empty section (`problem:` gives
    ///   `problem.statement`); on any other scalar or a list it records nothing, nor does any
    ///   step after a `**` (`**.id` does not ask every map for an `id`).
    /// - Matches are in document order, each once, with concrete paths. An unreadable document
    ///   gives an empty selection.
    /// - `memo` keeps indexes of filtered lists for the next selection in the same document.
    public func select(in document: LintDocument, current: SelectedNode? = nil) -> Selection {
        select(in: document, current: current, memo: nil)
    }

    func select(in document: LintDocument, current: SelectedNode?, memo: SelectionMemo?) -> Selection {
        guard readsCurrent else {
            return document.selections.selection(of: self) { evaluate(in: document, current: nil, memo: memo) }
        }
        return evaluate(in: document, current: current, memo: memo)
    }

    private func evaluate(in document: LintDocument, current: SelectedNode?, memo: SelectionMemo?) -> Selection {
        let start: SelectedNode?
        switch anchor {
        case .document:
            start = document.root.flatMap {
                document.rejectedPaths.contains(.root) ? nil : SelectedNode(node: $0, path: .root)
            }
        case .current:
            start = current
        }
        guard let start else { return Selection() }
        if let keys { return SelectorEvaluator.select(keys: keys, from: start, rejected: document.rejectedPaths) }
        var evaluator = SelectorEvaluator(steps: steps, rejected: document.rejectedPaths, current: current, memo: memo)
        // From the root, `**` meets every node of the document.
        return evaluator.run(from: start, nodesBelow: anchor == .document ? document.nodeCount : 0)
    }
}
