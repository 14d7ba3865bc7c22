import Dispatch

extension RuleSet {
    /// Reads the built-in packs and parses every built-in rule's check, as a run otherwise does
    /// when it first needs them: called on another thread at start-up, it does that work while
    /// the run reads its configuration and the agreement, and a run that asks for a pack or a
    /// check being made waits for it rather than making it again. Reading the packs and parsing
    /// the checks is about half of a one-file run's instructions.
    ///
    /// A built-in pack or check that fails to read does so again, with its message, when the
    /// run asks for it; here the failure is only left in place.
    public static func prepareBuiltInRules() {
        guard case .success(let packs) = embeddedPacks else { return }
        let checks = packs.flatMap { pack in
            pack.rules.compactMap { ($0 as? FileRule)?.check as? DeferredCheck }
        }
        // Two threads, each taking every other check: the run's own thread, linting meanwhile,
        // reaches the rules in order and finds the early ones parsed first.
        let threads = 2
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for index in stride(from: thread, to: checks.count, by: threads) { checks[index].prepare() }
        }
    }
}
