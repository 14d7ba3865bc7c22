import IOPYAML

/// `after: SELECTOR` / `before: SELECTOR`: a date later / earlier than every date the selector
/// picks. Nothing picked, or a value that is not a date: nothing to compare, so it holds.
struct DateOrderCheck: PredicateCheck {
    enum Order { case after, before }

    let order: Order
    let selector: Selector

    func failure(of node: YAMLNode, in context: CheckContext) -> [String: String]? {
        guard let date = node.dateValue else { return nil }
        let others = selector.select(in: context.document, current: context.current, memo: context.memo).matches
            .compactMap(
                \.node.dateValue)
        switch order {
        case .after:
            guard let latest = others.max(), date <= latest else { return nil }
            return ["other": latest.description]
        case .before:
            guard let earliest = others.min(), date >= earliest else { return nil }
            return ["other": earliest.description]
        }
    }
}

/// `min-duration` / `max-duration: {years: N, months: N}` on a map with `start` and `end` dates.
/// Dates are inclusive: 2025-01-01 to 2025-12-31 is one year.
struct DurationCheck: PredicateCheck {
    let years: Int
    let months: Int
    let isMinimum: Bool

    func failure(of node: YAMLNode, in context: CheckContext) -> [String: String]? {
        guard let start = node["start"]?.dateValue, let end = node["end"]?.dateValue else { return nil }
        // The first day after a span of exactly the duration.
        let boundary = start.adding(months: years * 12 + months)
        let dayAfterEnd = end.adding(days: 1)
        let holds = isMinimum ? dayAfterEnd >= boundary : dayAfterEnd <= boundary
        return holds ? nil : ["start": start.description, "end": end.description]
    }
}
