import Foundation
import Synchronization
import Testing

@testable import IOPLintCore

@Suite struct KeyNumbersTests {
    @Test func equalKeysGetOneNumberAndNewKeysTheNext() {
        let numbers = KeyNumbers<String>()
        #expect(numbers.number(of: "parties[*].id") == 0)
        #expect(numbers.number(of: "**") == 1)
        #expect(numbers.number(of: "parties[*].id") == 0)
        #expect(numbers.number(of: "term") == 2)
    }

    @Test func aSlotIsMadeOnceAndOthersStayEmptyUntilAskedFor() {
        let slots = NumberedSlots<String>()
        var made = 0
        #expect(
            slots.value(at: 3) {
                made += 1; return "c"
            } == "c")
        #expect(
            slots.value(at: 3) {
                made += 1; return "x"
            } == "c")
        #expect(
            slots.value(at: 0) {
                made += 1; return "a"
            } == "a")
        #expect(made == 2)
    }

    /// A value may be made from another slot's (a rule's condition from its pack's).
    @Test func makingAValueMayAskForAnotherSlot() {
        let slots = NumberedSlots<Int>()
        #expect(slots.value(at: 1) { slots.value(at: 5) { 2 } + 1 } == 3)
        #expect(slots.value(at: 5) { 0 } == 2)
    }

    /// Rules checked side by side share a slot's value as rules checked in turn do.
    @Test func aSlotAskedForByManyThreadsAtOnceIsMadeOnce() {
        let slots = NumberedSlots<Int>()
        let made = Atomic<Int>(0)
        ConcurrentAsk.together(4) {
            _ = slots.value(at: 2) {
                usleep(20_000)
                return made.add(1, ordering: .relaxed).newValue
            }
        }
        #expect(made.load(ordering: .relaxed) == 1)
        #expect(slots.value(at: 2) { 0 } == 1)
    }

    /// While one thread makes a slot's value, asking for it would wait: a worker can tell, and
    /// check another rule first.
    @Test func aSlotIsBeingMadeOnlyWhileItsValueIsMade() {
        let slots = NumberedSlots<Int>()
        #expect(!slots.isBeingMade(at: 4))
        _ = slots.value(at: 4) {
            #expect(slots.isBeingMade(at: 4))
            #expect(!slots.isBeingMade(at: 1))
            return 7
        }
        #expect(!slots.isBeingMade(at: 4))
    }

    @Test func selectorsWithEqualTextsHaveEqualNumbers() throws {
        #expect(try Selector.parse("parties[*].id").number == Selector.parse("parties[*].id").number)
        #expect(try Selector.parse("parties[*].id").number != Selector.parse("parties[*]").number)
    }
}
