internal import CLibYAML
import Dispatch
import Synchronization

/// libyaml's event parser on a thread of its own, handing its events to the reader in batches:
/// for a large file, libyaml reads the text while the reader's side builds the tree.
///
/// The parser thread fills at most ``slots`` batches ahead of the reader, so the events waiting
/// never take more than `slots × batchSize` of them, however far the reader falls behind. It
/// stops after the stream's end, at libyaml's first error, or when the reader ``finish()``es
/// early (a tree over a limit stops reading).
///
/// The bytes passed to `init` must stay valid until ``finish()`` returns.
final class LibYAMLReadAhead: @unchecked Sendable {
    /// One batch of events, as the parser thread hands it over.
    private struct Batch {
        var count = 0
        /// Whether the parser thread stops after this batch.
        var isLast = false
        /// Why libyaml stopped, when it failed after the batch's events.
        var error: LibYAMLError?
    }

    /// Used by the parser thread only, once `init` has started it.
    private let parser: LibYAMLParser
    private let slots: Int
    private let batchSize: Int
    /// `slots × batchSize` events: batch `i` is `events[i × batchSize ..< i × batchSize + count]`.
    private let events: UnsafeMutablePointer<yaml_event_t>
    /// Written by the parser thread before it signals `filled`, read by the reader after it waits
    /// for it: the semaphores order every access.
    private let batches: UnsafeMutablePointer<Batch>
    private let filled = DispatchSemaphore(value: 0)
    /// Made at 0 and signalled once per slot: Dispatch stops a program that frees a semaphore
    /// whose count is below the one it was made with.
    private let free = DispatchSemaphore(value: 0)
    private let stopped = Atomic<Bool>(false)

    // The reader's side.
    /// How many batches the reader has taken.
    private var taken = 0
    private var current: Batch?
    /// The index in the current batch of the next event to hand out.
    private var position = 0
    private var finished = false
    /// What the reader does while it waits for a batch.
    private let meanwhile: (any WhileParsing)?
    /// An event of no kind: the reader's before its first event, and handed out after the
    /// stream's end.
    let emptyEvent = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)

    /// Starts parsing `bytes` on a thread of its own; `nil` when no thread can be started. With
    /// `meanwhile`'s work to do while the reader waits, it reads 16 batches ahead rather than 4,
    /// so that the parser thread goes on while the reader does a piece of that work.
    ///
    /// - Precondition: `bytes` is not empty.
    init?(bytes: UnsafeBufferPointer<UInt8>, batchSize: Int = 512, meanwhile: (any WhileParsing)? = nil) {
        slots = meanwhile == nil ? 4 : 16
        self.meanwhile = meanwhile
        self.batchSize = batchSize
        events = .allocate(capacity: slots * batchSize)
        batches = .allocate(capacity: slots)
        batches.initialize(repeating: Batch(), count: slots)
        for _ in 0..<slots { free.signal() }
        emptyEvent.initialize(to: yaml_event_t())
        parser = LibYAMLParser(bytes: bytes)
        guard NativeThread.start({ self.produce() }) else { return nil }
    }

    deinit {
        events.deallocate()
        batches.deinitialize(count: slots)
        batches.deallocate()
        emptyEvent.deallocate()
    }

    /// The parser thread: fills batches until the stream ends, libyaml fails or the reader stops.
    private func produce() {
        var slot = 0
        while true {
            free.wait()
            // The reader is done with the slot's events: deleted here, on the thread that made
            // them, so that their memory goes back to this thread's heap without a lock.
            deleteEvents(0..<batches[slot].count, ofSlot: slot)
            let first = events + slot * batchSize
            var batch = Batch()
            while batch.count < batchSize {
                if stopped.load(ordering: .relaxed) {
                    batch.isLast = true
                    break
                }
                let event = first + batch.count
                guard yaml_parser_parse(parser.pointer, event) == 1 else {
                    batch.error = LibYAMLError(parser.pointer)
                    batch.isLast = true
                    break
                }
                batch.count += 1
                if event.pointee.type == YAML_STREAM_END_EVENT {
                    batch.isLast = true
                    break
                }
            }
            batches[slot] = batch
            filled.signal()
            if batch.isLast { return }
            slot = (slot + 1) % slots
        }
    }

    /// The next event, or libyaml's error. The event handed out before stays valid until the
    /// reader moves past its batch. After the stream's end, an event of no kind.
    func next() throws(LibYAMLError) -> UnsafeMutablePointer<yaml_event_t> {
        while true {
            if let batch = current {
                if position < batch.count {
                    position += 1
                    return events + slotOfCurrent * batchSize + position - 1
                }
                if batch.isLast {
                    if let error = batch.error { throw error }
                    return emptyEvent
                }
                current = nil
                free.signal()
            }
            waitForBatch()
            current = batches[taken % slots]
            taken += 1
            position = 0
        }
    }

    /// Waits until the parser thread has filled the next batch, doing pieces of `meanwhile`'s
    /// work as long as it has some and the batch is not there.
    private func waitForBatch() {
        if let meanwhile {
            while filled.wait(timeout: .now()) == .timedOut {
                guard meanwhile.doPiece() else {
                    filled.wait()
                    return
                }
            }
            return
        }
        filled.wait()
    }

    /// Stops the parser thread and deletes the events left; once it returns, the thread no
    /// longer reads the bytes. Called by the reader when it is done.
    func finish() {
        guard !finished else { return }
        finished = true
        stopped.store(true, ordering: .relaxed)
        var sawLast = current?.isLast ?? false
        if !sawLast && current != nil {
            current = nil
            free.signal()
        }
        while !sawLast {
            filled.wait()
            sawLast = batches[taken % slots].isLast
            taken += 1
            free.signal()
        }
        // The thread has handed over its last batch and touches no slot again: each slot holds
        // the events of its last batch, not yet deleted.
        for slot in 0..<slots { deleteEvents(0..<batches[slot].count, ofSlot: slot) }
    }

    /// The slot of the batch being handed out.
    private var slotOfCurrent: Int { (taken - 1) % slots }

    private func deleteEvents(_ range: Range<Int>, ofSlot slot: Int) {
        for index in range { yaml_event_delete(events + slot * batchSize + index) }
    }
}
