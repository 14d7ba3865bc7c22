/// A number of bytes as people read it: "1 GiB", "16 MiB", "512 KiB", "300 bytes" ("300 byte").
public enum ByteCount {
    /// `bytes` in whole GiB, MiB or KiB when it is a multiple of one, else in bytes, in both
    /// languages.
    public static func text(_ bytes: Int) -> LocalizedText {
        for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] where bytes >= 1 << shift {
            if bytes % (1 << shift) == 0 {
                let text = "\(bytes >> shift) \(unit)"
                return LocalizedText(en: text, sv: text)
            }
        }
        return LocalizedText(en: "\(bytes) bytes", sv: "\(bytes) byte")
    }
}
