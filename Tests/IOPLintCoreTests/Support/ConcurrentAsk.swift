import Foundation

/// Starts threads together, for tests of what many threads ask for at once.
enum ConcurrentAsk {
    /// Calls `ask` from `threads` threads released at the same moment, and waits for them all.
    static func together(_ threads: Int, _ ask: @escaping @Sendable () -> Void) {
        let finished = DispatchSemaphore(value: 0)
        let start = DispatchSemaphore(value: 0)
        for _ in 0..<threads {
            Thread {
                start.wait()
                ask()
                finished.signal()
            }.start()
        }
        for _ in 0..<threads { start.signal() }
        for _ in 0..<threads { finished.wait() }
    }
}
