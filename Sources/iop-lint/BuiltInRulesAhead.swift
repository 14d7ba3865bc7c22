import Dispatch
import IOPLintCore

/// The built-in rules, read on another thread while a lint run reads its configuration and
/// agreements (``RuleSet/prepareBuiltInRules()``). The run waits for it before it ends, so
/// that the process never exits while it is at work.
struct BuiltInRulesAhead: ~Copyable {
    private let done = DispatchGroup()

    /// Starts the work.
    init() {
        DispatchQueue.global(qos: .userInitiated).async(group: done) { RuleSet.prepareBuiltInRules() }
    }

    /// Waits until the work is done.
    func wait() {
        done.wait()
    }
}
