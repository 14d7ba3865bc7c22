import Synchronization

/// What the selectors that do not read `@` picked in one document, by selector text, so that
/// a selection is made once per document however many rules and conditions ask for it (`**`
/// for two rules, `parties[*].id` for five).
final class DocumentSelections: Sendable {
    private let selections = Mutex<[String: Selection]>([:])

    /// The selection of `selector`, made by `make` the first time it is asked for.
    func selection(of selector: Selector, make: () -> Selection) -> Selection {
        if let known = selections.withLock({ $0[selector.text] }) { return known }
        let selection = make()
        selections.withLock { $0[selector.text] = selection }
        return selection
    }
}
