import Testing

@testable import IOPLintCore

@Suite struct ByteCountTests {
    @Test(arguments: [
        (1 << 30, "1 GiB", "1 GiB"),
        (1536 << 20, "1536 MiB", "1536 MiB"),
        (16 << 20, "16 MiB", "16 MiB"),
        (512 << 10, "512 KiB", "512 KiB"),
        ((1 << 20) + 1, "1048577 bytes", "1048577 byte"),
        (300, "300 bytes", "300 byte"),
    ])
    func wholeUnitsWhereTheyFit(bytes: Int, en: String, sv: String) {
        #expect(ByteCount.text(bytes) == LocalizedText(en: en, sv: sv))
    }
}
