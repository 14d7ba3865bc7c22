import Foundation

/// Waiting for another thread to finish something short: first by giving up the processor a
/// few times, then by sleeping a little each time, so that a long wait does not keep a core
/// busy.
///
/// For the values a document works out once and shares (``OnceEntry``): a
/// rule that asks for one another rule is making waits for it rather than making it again.
struct Backoff {
    private var waits = 0

    /// Waits a little, longer once it has waited a few times.
    mutating func wait() {
        waits += 1
        if waits <= 16 {
            sched_yield()
        } else {
            usleep(50)
        }
    }
}
