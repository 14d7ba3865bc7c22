import Foundation
import Testing

@testable import IOPLintCore

@Suite struct BackoffTests {
    /// The first waits give up the processor; later ones sleep, so many of them take time.
    @Test func laterWaitsSleep() {
        var backoff = Backoff()
        let start = Date()
        for _ in 0..<16 { backoff.wait() }
        let yielding = Date().timeIntervalSince(start)
        for _ in 0..<100 { backoff.wait() }
        let sleeping = Date().timeIntervalSince(start) - yielding
        #expect(sleeping >= 100 * 50e-6)
    }
}
