#if canImport(Glibc)
    import Glibc
#else
    import Dispatch
#endif

/// Starts work on a new thread of its own, detached: the caller learns of its end from the work
/// itself. A thread rather than a Dispatch queue, whose threads can start milliseconds late
/// while a process starts up.
enum NativeThread {
    private final class Work {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Starts `body` on a new thread; `false` when the system gives none (then `body` never runs).
    static func start(_ body: @escaping @Sendable () -> Void) -> Bool {
        #if canImport(Glibc)
            let work = Unmanaged.passRetained(Work(body)).toOpaque()
            var thread = pthread_t()
            let started = pthread_create(
                &thread, nil,
                { context in
                    Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().body()
                    return nil
                }, work)
            guard started == 0 else {
                Unmanaged<Work>.fromOpaque(work).release()
                return false
            }
            pthread_detach(thread)
            return true
        #else
            DispatchQueue(label: "iop-lint.thread").async(execute: body)
            return true
        #endif
    }
}
