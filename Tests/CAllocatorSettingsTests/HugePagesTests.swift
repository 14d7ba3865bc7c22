import CAllocatorSettings
import Testing

/// How the restart with huge pages reads GLIBC_TUNABLES and the kernel's mode.
@Suite struct HugePagesTests {
    @Test(arguments: [
        ("glibc.malloc.hugetlb=1", 1),
        ("glibc.malloc.hugetlb=0", 0),
        ("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1", 1),
        ("glibc.malloc.hugetlb=1:glibc.malloc.arena_max=2", 1),
        // The last mention counts, as for glibc.
        ("glibc.malloc.hugetlb=1:glibc.malloc.hugetlb=0", 0),
        ("glibc.malloc.arena_max=2", -1),
        ("glibc.malloc.hugetlbx=1", -1),
        ("xglibc.malloc.hugetlb=1", -1),
        ("", -1),
    ])
    func theSettingIsReadFromTheTunables(tunables: String, setting: Int32) {
        #expect(iop_allocator_huge_pages_setting(tunables) == setting)
    }

    @Test func noTunablesSetNothing() {
        #expect(iop_allocator_huge_pages_setting(nil) == -1)
    }

    @Test(arguments: [
        ("always [madvise] never\n", true),
        ("[always] madvise never\n", false),
        ("always madvise [never]\n", false),
        ("", false),
    ])
    func hugePagesAreOnRequestOnlyInMadviseMode(mode: String, onRequest: Bool) {
        #expect(iop_allocator_huge_pages_on_request(mode) == onRequest)
    }
}
