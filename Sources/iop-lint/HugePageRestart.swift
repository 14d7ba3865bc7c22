import CAllocatorSettings
import IOPLintCore

/// A run over large agreements starts again with glibc's heap in transparent huge pages.
///
/// An 8 MB agreement takes some 170 MB of heap, which the kernel faults in and zeroes 4 KB at a
/// time: 39 000 page faults, a sixth of the run's CPU time. In 2 MB pages the same heap costs
/// 11 000, and the run is an eighth faster (`GLIBC_TUNABLES=glibc.malloc.hugetlb=1`, measured
/// in turns with and without). glibc reads that setting only from the environment when a
/// process starts, so the program, before it reads anything else, executes itself again with
/// the setting added (``iop_allocator_restart_with_huge_pages(_:)``). Small files would lose:
/// every heap would start with a whole 2 MB page to zero, and the second start costs a few
/// milliseconds; so only a command line whose YAML files (`.yaml`, `.yml`, named as arguments,
/// whatever the command) hold ``restartFrom`` bytes or more restarts. Folders are not walked
/// for it: a folder of many agreements is many small heaps, one after another.
///
/// A setting already in `GLIBC_TUNABLES` is left as it is: `glibc.malloc.hugetlb=0` keeps a run
/// in small pages. The second start gives the environment back as the first was given it, so
/// that the programs it runs (git, for a folder walk) see the user's.
enum HugePageRestart {
    /// The bytes of the YAML files named on the command line from which a run restarts. Timed in
    /// turns with and without the restart (30 runs each): a 1 MB agreement 6.6 % faster at the
    /// minimum and 7 % at the median, a 500 KB one 5 % and 1.5 %; a 250 KB one 9 % slower at the
    /// minimum, 6 % faster at the median: about where the faults saved and the second start
    /// weigh the same.
    static let restartFrom = 512 * 1024

    /// Restarts the program with its heap in huge pages when the YAML files among `arguments`
    /// (the command line without the program's name) hold ``restartFrom`` bytes or more;
    /// returns when it does not.
    static func restartIfWorthIt(arguments: [String]) {
        // The second start gives its environment back and goes on.
        guard !iop_allocator_settle_after_restart(), yamlBytes(in: arguments) >= restartFrom else { return }
        iop_allocator_restart_with_huge_pages(CommandLine.unsafeArgv)
    }

    /// The bytes of the regular files among `arguments` named as a folder walk picks them up
    /// (`.yaml`, `.yml`: ``InputCollector/isAgreementFile(_:)``).
    static func yamlBytes(in arguments: [String]) -> Int {
        RawArguments.paths(arguments).filter(InputCollector.isAgreementFile).reduce(0) {
            $0 + ($1.regularFileSize ?? 0)
        }
    }

    /// What `--verbose` says when the heap is in huge pages, whoever asked for it.
    static var note: LocalizedText? {
        guard iop_allocator_heap_in_huge_pages() else { return nil }
        return LocalizedText(
            en: "the heap is in transparent huge pages (GLIBC_TUNABLES: glibc.malloc.hugetlb=1)",
            sv: "minnet ligger i transparenta stora sidor (GLIBC_TUNABLES: glibc.malloc.hugetlb=1)")
    }
}
