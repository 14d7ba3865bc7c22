import Foundation

/// How many threads read many small files (or look them up) before a run lints them.
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
}
