import Foundation
import Synchronization
import Testing

@testable import IOPLintCore

@Suite struct OnceValuesTests {
    @Test func aKeyIsMadeOnceAndOtherKeysApart() {
        let table = OnceTable<String, Int>()
        #expect(table.value(for: "a") { 1 } == 1)
        #expect(table.value(for: "a") { 2 } == 1)
        #expect(table.value(for: "b") { 3 } == 3)
    }

    /// Threads that ask while a value is being made wait for it rather than make it again (the
    /// indexes of selections that rules checked side by side share).
    @Test func aKeyAskedForByManyThreadsAtOnceIsMadeOnce() {
        let table = OnceTable<String, Int>()
        let made = Atomic<Int>(0)
        let answers = Mutex<[Int]>([])
        ConcurrentAsk.together(4) {
            let value = table.value(for: "parties[*].id") {
                usleep(20_000)
                return made.add(1, ordering: .relaxed).newValue
            }
            answers.withLock { $0.append(value) }
        }
        #expect(made.load(ordering: .relaxed) == 1)
        #expect(answers.withLock { $0 } == [1, 1, 1, 1])
    }

    /// Making a value may ask for another (a selection's index from another's).
    @Test func makingAValueMayAskForAnother() {
        let table = OnceTable<Int, Int>()
        #expect(table.value(for: 1) { table.value(for: 5) { 2 } + 1 } == 3)
        #expect(table.value(for: 5) { 0 } == 2)
    }
}
