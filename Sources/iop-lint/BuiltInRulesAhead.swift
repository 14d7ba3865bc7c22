import Dispatch
import IOPLintCore
import Synchronization

/// The built-in rules and the agreement format's table, made on other threads while a lint run
/// reads its command line, configuration and agreements (``RuleSet/prepareBuiltInRules()``,
/// ``AgreementFormat/current``). The work starts once, on the first ``start()``: as soon as the
/// command line is known to be a `lint` one, before the command is made. The process waits for
/// it before it ends (``waitIfStarted()``), so that it never exits while the work is under way.
enum BuiltInRulesAhead {
    private static let started = Atomic<Bool>(false)

    /// The work, started when first read: the packs first, the longest of it; the table, which
    /// the run needs when it decodes its first agreement, on the next free thread.
    private static let work: DispatchGroup = {
        started.store(true, ordering: .releasing)
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) { RuleSet.prepareBuiltInRules() }
        DispatchQueue.global(qos: .userInitiated).async(group: group) { _ = AgreementFormat.current }
        return group
    }()

    /// Starts the work, unless it has started already.
    static func start() {
        _ = work
    }

    /// Waits until the work is done, if it has started; else returns at once.
    static func waitIfStarted() {
        if started.load(ordering: .acquiring) { work.wait() }
    }
}
