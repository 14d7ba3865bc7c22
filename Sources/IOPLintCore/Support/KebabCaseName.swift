extension String {
    /// Whether the text is `[a-z0-9][a-z0-9-]*`: lower-case ASCII letters, digits and `-`, not
    /// first. The grammar of the format's ids and of pack and rule names.
    var isKebabCaseName: Bool {
        guard let first = utf8.first, first != UInt8(ascii: "-") else { return false }
        // In place: `allSatisfy` on the UTF-8 view steps through an index at a time.
        return utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where !Self.isKebabCaseByte(byte) { return false }
            return true
        } ?? utf8.allSatisfy(Self.isKebabCaseByte)
    }

    private static func isKebabCaseByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-")
    }
}
