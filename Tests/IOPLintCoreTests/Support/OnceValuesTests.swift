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

    /// Holds a ``MadeOnce`` for threads to share, as the objects that keep one do.
    private final class Holder: Sendable {
        let once = MadeOnce<Int>()
    }

    @Test func aValueMadeOnceIsKept() {
        let holder = Holder()
        #expect(holder.once.value { 1 } == 1)
        #expect(holder.once.value { 2 } == 1)
    }

    /// Threads that ask while the value is being made wait for it (a term list's forms, which
    /// the rules checked side by side may meet at once).
    @Test func aValueAskedForByManyThreadsAtOnceIsMadeOnce() {
        let holder = Holder()
        let made = Atomic<Int>(0)
        let answers = Mutex<[Int]>([])
        ConcurrentAsk.together(4) {
            let value = holder.once.value {
                usleep(20_000)
                return made.add(1, ordering: .relaxed).newValue
            }
            answers.withLock { $0.append(value) }
        }
        #expect(made.load(ordering: .relaxed) == 1)
        #expect(answers.withLock { $0 } == [1, 1, 1, 1])
    }
}
