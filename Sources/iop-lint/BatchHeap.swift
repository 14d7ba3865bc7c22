import CBatchHeap

/// The allocator's set-up for a lint run, which reads many files or a large one and then
/// exits (see `iop_batch_heap_prepare`).
///
/// A large agreement is tens of megabytes of small blocks, each first written once. With the
/// C library's defaults the heap grows 128 KB at a time, shrinks whenever that much is free at
/// its top, and every 4 KB page costs the kernel a fault when first written: on the 8 MB
/// benchmark agreement two fifths of the time was spent in the kernel. Growing the heap by a
/// large reserve advised for huge pages makes a page fault cover 2 MB instead.
///
/// The language server does not use this: it runs for hours and should give memory back.
enum BatchHeap {
    /// How far the heap grows at a time. It is address space: only what is written is used.
    static let reserve = 256 << 20

    /// What ``prepare(reserve:)`` did.
    enum Outcome: Equatable {
        /// The allocator's settings changed, and the reserve is advised for huge pages.
        case prepared
        /// The settings changed, but the heap did not grow or the kernel refused the advice.
        case settingsOnly
        /// Nothing changed: the C library is not glibc, or it refused a setting.
        case unchanged
    }

    /// Prepares the heap for a lint run. Call it before the run starts any thread.
    @discardableResult
    static func prepare(reserve: Int = reserve) -> Outcome {
        switch iop_batch_heap_prepare(reserve) {
        case IOP_BATCH_HEAP_PREPARED: .prepared
        case IOP_BATCH_HEAP_SETTINGS_ONLY: .settingsOnly
        default: .unchanged
        }
    }
}
