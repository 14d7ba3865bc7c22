import CAllocatorSettings
import Testing

@Suite struct CAllocatorSettingsTests {
    /// glibc takes every setting the lint command asks for; elsewhere there is nothing to set.
    /// (A build that failed to see glibc, and so set nothing, fails here.)
    @Test func theCLibraryTakesEverySetting() {
        #if canImport(Glibc)
            #expect(iop_allocator_settings_for_one_run())
        #else
            #expect(!iop_allocator_settings_for_one_run())
        #endif
    }
}
