import Synchronization

/// The state of a value that the rules of a document work out once and share: not asked for
/// yet, being worked out by one thread, or worked out.
///
/// A thread that finds a value ``absent`` marks it ``making`` and makes it outside the lock of
/// its store (so making it may ask for other values, never this one); a thread that finds it
/// ``making`` waits for it (``Backoff``) rather than making it again: rules checked side by side
/// share the work as rules checked one after the other do. Stores: ``OnceTable`` by key,
/// ``NumberedSlots`` by number.
enum OnceEntry<Value: Sendable>: Sendable {
    case absent
    case making
    case made(Value)

    /// The entry as it was, marked ``making`` when it was ``absent``: the asking thread then
    /// makes the value. One access of the store, under its lock.
    mutating func claim() -> OnceEntry {
        let found = self
        if case .absent = found { self = .making }
        return found
    }

    /// The value of an entry of a store: `claim` claims the entry under the store's lock
    /// (``claim()``); the thread that claimed it makes the value with `make`, outside the lock,
    /// and hands it to `publish`; a thread that finds it being made waits for it.
    static func value(claim: () -> OnceEntry, make: () -> Value, publish: (Value) -> Void) -> Value {
        var backoff = Backoff()
        while true {
            switch claim() {
            case .made(let value):
                return value
            case .absent:
                let value = make()
                publish(value)
                return value
            case .making:
                backoff.wait()
            }
        }
    }
}

/// Values worked out at most once each (``OnceEntry``), by key. Safe to use from many threads.
final class OnceTable<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let entries: Mutex<[Key: OnceEntry<Value>]>

    /// A table with room for `capacity` values before it grows.
    init(capacity: Int = 0) {
        entries = Mutex(Dictionary(minimumCapacity: capacity))
    }

    /// How many values are made.
    var madeCount: Int {
        entries.withLock { entries in entries.values.count { if case .made = $0 { true } else { false } } }
    }

    /// The value of `key`, made by `make` the first time it is asked for.
    func value(for key: Key, make: () -> Value) -> Value {
        OnceEntry.value(
            claim: { entries.withLock { $0[key, default: .absent].claim() } }, make: make,
            publish: { value in entries.withLock { $0[key] = .made(value) } })
    }
}

/// One value made by the first thread that asks for it, under a lock that later askers wait on,
/// and kept: for a value an object makes at most once and may never need (a rule's messages, a
/// term list's forms, a text's index). Stored in the object itself, without an allocation.
struct MadeOnce<Value: Sendable>: ~Copyable, Sendable {
    private let made = Mutex<Value?>(nil)

    init() {}

    /// The value, made by `make` the first time it is asked for.
    func value(_ make: () -> Value) -> Value {
        made.withLock { made in
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
