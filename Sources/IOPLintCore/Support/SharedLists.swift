import Synchronization

/// Equal arrays kept once: ``shared(_:)`` hands back the array stored first that equals its
/// argument, so that many holders of the same list share one buffer. Few distinct lists are
/// expected (the rules that apply to a file take a handful of forms per configuration); the
/// store grows with them, never with the number of holders. Safe to use from many threads.
final class SharedLists<Element: Hashable & Sendable>: Sendable {
    private let lists = Mutex<Set<[Element]>>([])

    /// The stored array equal to `list`, after storing `list` if there was none.
    func shared(_ list: [Element]) -> [Element] {
        lists.withLock { lists in
            if let index = lists.firstIndex(of: list) { return lists[index] }
            lists.insert(list)
            return list
        }
    }
}
