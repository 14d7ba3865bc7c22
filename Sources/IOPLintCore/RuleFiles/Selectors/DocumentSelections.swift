/// What the selectors that do not read `@` picked in one document, by selector (its text's
/// number), so that a selection is made once per document however many rules and conditions
/// ask for it (`**` for two rules, `parties[*].id` for five).
final class DocumentSelections: Sendable {
    private let selections = NumberedSlots<Selection>()

    /// The selection of `selector`, made by `make` the first time it is asked for.
    func selection(of selector: Selector, make: () -> Selection) -> Selection {
        selections.value(at: selector.number, make: make)
    }

    /// Whether a thread is making the selection of `selector` now: asking for it would wait.
    func isBeingMade(_ selector: Selector) -> Bool {
        selections.isBeingMade(at: selector.number)
    }
}
