import CMimalloc
import Foundation
import IOPLintCore

/// A run over large agreements asks for its memory in transparent huge pages.
///
/// An 8 MB agreement takes some 170 MB of memory, which the kernel faults in and zeroes 4 KB at
/// a time: about 40 000 page faults, a sixth of the run's CPU time. In 2 MB pages the same
/// memory costs about 10 000. The program's allocator, mimalloc, asks the kernel for them
/// (`madvise`) when its option `large_os_pages` is on. Small files would lose: every run would
/// start by zeroing whole 2 MB pages. So the option is turned on only for a command line whose
/// YAML files (`.yaml`, `.yml`, named as arguments, whatever the command) hold 512 KiB or more,
/// when the program is loaded (`Sources/CLargePages`), before its first allocation. Folders are
/// not walked for it: a folder of many agreements is many small documents, one after another.
///
/// `MIMALLOC_LARGE_OS_PAGES` in the environment, when set, decides instead (`0` keeps a run in
/// small pages, `1` asks for huge pages for any input).
enum LargePages {
    /// Whether the kernel's mode for transparent huge pages, as
    /// `/sys/kernel/mm/transparent_hugepage/enabled` gives it (`always [madvise] never`), hands
    /// them out to memory that asks for them.
    static func kernelGivesThem(mode: String) -> Bool {
        mode.contains("[madvise]") || mode.contains("[always]")
    }

    /// What `--verbose` says when the run's memory is asked for in huge pages (by the program,
    /// or by the user's `MIMALLOC_LARGE_OS_PAGES`) and the kernel gives them.
    static var note: LocalizedText? {
        guard mi_option_is_enabled(mi_option_large_os_pages),
            let mode = try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8),
            kernelGivesThem(mode: mode)
        else { return nil }
        return LocalizedText(
            en: "memory is asked for in transparent huge pages (MIMALLOC_LARGE_OS_PAGES=1)",
            sv: "minnet begärs i transparenta stora sidor (MIMALLOC_LARGE_OS_PAGES=1)")
    }
}
