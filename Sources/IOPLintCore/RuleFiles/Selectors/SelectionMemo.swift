import IOPYAML

/// What the selectors of checks found in one document (``LintDocument/selectionMemo``), kept so
/// that a check that runs for every node of a long list does not walk the list again each time:
/// `refers-to: parties[*].id` on 20 000 references selects the ids once, and
/// `signatures[?party=@.id]` for every party looks the party up instead of reading every
/// signature. Shared by every rule of the document: four rules of the built-in packs refer to
/// `parties[?type=idea-based].id`, and three to `resources[*].party`.
final class SelectionMemo: Sendable {
    /// A list's items by the value of one field, for `[?field=value]` filters.
    struct FilterKey: Hashable, Sendable {
        var list: DocumentPath
        var field: [String]
    }

    /// A selector by the number of its text (``Selector/number``: the text determines the
    /// selector, and a number hashes faster than either), with the values its filters read from
    /// `@` (none when it reads none).
    struct SelectionKey: Hashable, Sendable {
        var selector: Int
        var operands: [ResolvedScalar?]
        var written: [String?]
    }

    // Each computed outside the lock: a computation may ask for other indexes.
    // Room for the indexes the built-in packs make in an agreement, so that the tables do not
    // grow three or four times in every document.
    private let indexes = OnceTable<SelectionKey, ScalarIndex>(capacity: 16)
    private let filters = OnceTable<FilterKey, ScalarIndex>()

    /// The index of the scalars `selector` picks in `context`'s document (by rank). It is
    /// computed once for a selector from the document's root per set of values its filters
    /// read from `@` (`signatures[?date=@.date]` once per date), so that checking every node of
    /// a list costs the sum of the selections' sizes, not their product.
    func index(of selector: Selector, in context: CheckContext) -> ScalarIndex {
        let compute = {
            ScalarIndex(selector.select(in: context.document, current: context.current, memo: self).matches.map(\.node))
        }
        guard !selector.isRelative else { return compute() }
        let operands =
            selector.readsCurrent
            ? SelectorEvaluator(
                steps: selector.steps, rejected: context.document.rejectedPaths, current: context.current
            )
            .referenceOperands : []
        guard operands.allSatisfy({ $0 == nil || $0?.scalar != nil }) else { return compute() }
        let key = SelectionKey(
            selector: selector.number, operands: operands.map { $0?.resolved },
            written: operands.map { $0?.scalar?.value })
        return indexes.value(for: key, make: compute)
    }

    /// The index of the list at `key.list` (items by their `key.field`), made by `make` once.
    func filterIndex(_ key: FilterKey, make: () -> ScalarIndex) -> ScalarIndex {
        filters.value(for: key, make: make)
    }
}
