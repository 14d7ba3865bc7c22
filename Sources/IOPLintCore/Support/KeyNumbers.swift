import Synchronization

/// Numbers for keys: equal keys get the same number, the first key seen 0, the next new one 1,
/// and so on. Things numbered once (selectors, rules' conditions, when rule files are read)
/// can then keep a value per document in an array slot (``NumberedSlots``) instead of a
/// dictionary entry that hashes the key at every look-up. Safe to use from many threads.
final class KeyNumbers<Key: Hashable & Sendable>: Sendable {
    private let numbers = Mutex<[Key: Int]>([:])

    /// The number of `key`, given now when it has none.
    func number(of key: Key) -> Int {
        numbers.withLock { numbers in
            if let known = numbers[key] { return known }
            let number = numbers.count
            numbers[key] = number
            return number
        }
    }
}

/// Values worked out at most once each (``OnceEntry``), in slots numbered by ``KeyNumbers``:
/// found by their number, without hashing. Safe to use from many threads.
final class NumberedSlots<Value: Sendable>: Sendable {
    private let slots = Mutex<[OnceEntry<Value>]>([])

    /// The value in slot `number`, made by `make` the first time it is asked for. `make` runs
    /// outside the lock, so it may ask for other slots (never its own).
    func value(at number: Int, make: () -> Value) -> Value {
        OnceEntry.value(
            claim: {
                slots.withLock { slots in
                    if number >= slots.count { slots += repeatElement(.absent, count: number + 1 - slots.count) }
                    return slots[number].claim()
                }
            }, make: make, publish: { value in slots.withLock { $0[number] = .made(value) } })
    }

    /// Whether a thread is making the value in slot `number` now: asking for it would wait.
    func isBeingMade(at number: Int) -> Bool {
        slots.withLock { slots in
            guard number < slots.count, case .making = slots[number] else { return false }
            return true
        }
    }
}
