import Foundation
import Synchronization
import Testing

@testable import IOPLintCore

/// Many small files are read several at a time before a run lints them, each answer in its place.
@Suite struct ParallelReadsTests {
    @Test func fewFilesAreReadOnOneThreadAndManyOnAsManyAsAsked() {
        #expect(ParallelReads.threads(8, items: 127) == 1)
        #expect(ParallelReads.threads(nil, items: 10) == 1)
        #expect(ParallelReads.threads(8, items: 128) == 2)
        #expect(ParallelReads.threads(2, items: 10_000) == 2)
        #expect(ParallelReads.threads(1, items: 10_000) == 1)
        #expect(ParallelReads.threads(nil, items: 10_000) >= 1)
    }

    /// Each item's answer is in its place, and with two readers two threads did the work.
    @Test(arguments: [1, 2])
    func answersKeepTheOrderOfTheItems(readers: Int) {
        let items = Array(0..<1_000)
        let threads = Mutex<Set<String>>([])
        let answers = ParallelReads.map(items, readers: readers) { item in
            threads.withLock { _ = $0.insert(String(describing: pthread_self())) }
            return item * 3
        }
        #expect(answers == items.map { $0 * 3 })
        #expect(threads.withLock { $0.count } <= readers)
    }
}
