import Foundation

/// Reads many small files (or looks them up) before a run lints them, several at a time.
enum ParallelReads {
    /// Below this many files per thread, one thread reads them all: starting another is not
    /// worth it.
    static let filesPerThread = 64

    /// The threads for `items` files with up to `readers` at a time; `nil` readers is one per
    /// core, asked for only when there are files enough for two threads.
    static func threads(_ readers: Int?, items: Int) -> Int {
        let most = items / filesPerThread
        guard most > 1 else { return 1 }
        return max(1, min(readers ?? ProcessInfo.processInfo.activeProcessorCount, most))
    }

    /// `transform` of each of `items`, in order, worked out on up to `readers` threads
    /// (``threads(_:items:)``), each taking every n-th item.
    static func map<Item: Sendable, Answer>(
        _ items: [Item], readers: Int?, _ transform: @Sendable (Item) -> Answer
    ) -> [Answer] {
        let threads = threads(readers, items: items.count)
        guard threads > 1 else { return items.map(transform) }
        return [Answer](unsafeUninitializedCapacity: items.count) { answers, count in
            // Each thread initialises only the answers of its own items.
            nonisolated(unsafe) let answers = answers
            DispatchQueue.concurrentPerform(iterations: threads) { thread in
                for index in stride(from: thread, to: items.count, by: threads) {
                    (answers.baseAddress! + index).initialize(to: transform(items[index]))
                }
            }
            count = items.count
        }
    }
}
