/// A quick look at a text, before ``PlaceholderDetector`` takes it apart: most texts have none
/// of the few letter sequences a placeholder is made of, and then need no word split.
///
/// The screen reads the text once, folding each scalar that is not ASCII as ``TextFolding``
/// does, so that every word's folded form stands whole in what it reads (ASCII letters are
/// compared in either case). A placeholder word or phrase then leaves one of these behind:
///
/// - in the text as written: `[`, `<`, `???`, `TODO`, `NN`, `N.N`;
/// - in either case: `tb` (`TBD`, `tbc`), `fix` (`FIXME`), `lorem`; two x's with at most a `-`,
///   `.` or `:` between them (a run of three); the same for `å` and `y` (four in a date
///   template); `fyll` (`att fyllas i`, `fylls i senare`), `medd` (`meddelas senare`), and the
///   last words of the English phrases (`decided`, `defined`, `termined`, `onfirmed`,
///   `nnounced`).
///
/// A text without any of them holds no placeholder; one with some is left to the detector.
/// Most characters end no piece, and are read with one table look-up.
enum PlaceholderScreen {
    /// Whether `text` may hold a placeholder: `false` only when ``PlaceholderDetector`` surely
    /// finds none in it.
    static func mayHold(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes in
            // The last eight scalars read, one byte each, the latest in the low byte: ASCII as
            // written, others folded (below U+0100 as themselves, above as 0x01).
            var recent: UInt64 = 0
            let endsPieces = endsPieces
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                    recent = recent << 8 | UInt64(lead)
                    if endsPieces[Int(lead)], endsPiece(recent) { return true }
                    continue
                }
                let length = TextAnalysis.utf8Length(ofLead: lead)
                var value = UInt32(lead) & (0xFF >> (length + 1))
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                index += length
                if read(Unicode.Scalar(value).unsafelyUnwrapped, into: &recent) { return true }
            }
            return false
        }
        if let answer { return answer }
        var recent: UInt64 = 0
        return text.unicodeScalars.contains { scalar in
            guard scalar.isASCII else { return read(scalar, into: &recent) }
            recent = recent << 8 | UInt64(scalar.value)
            return endsPieces[Int(scalar.value)] && endsPiece(recent)
        }
    }

    /// Reads a scalar that is not ASCII, folded: `true` when a piece ends with it.
    private static func read(_ scalar: Unicode.Scalar, into recent: inout UInt64) -> Bool {
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: 3) { buffer in
            var end = 0
            TextFolding.append(scalar, to: buffer, at: &end)
            for folded in buffer[..<end] {
                let byte = folded.value < 0x100 ? UInt8(folded.value) : 0x01
                recent = recent << 8 | UInt64(byte)
                if endsPieces[Int(byte)], endsPiece(recent) { return true }
            }
            return false
        }
    }

    /// The bytes a piece ends with, in either case.
    private static let endsPieces: [Bool] = (0..<256).map { byte in
        "[<?ONbBxXyYålLmMdD".unicodeScalars.contains { $0.value == byte }
    }

    /// Whether a piece ends at the low byte of `recent`. The letters are compared as bytes, `0x20`
    /// set in each to match either case: `0x7462` is `tb`.
    private static func endsPiece(_ recent: UInt64) -> Bool {
        let lower = recent | 0x2020_2020_2020_2020
        switch UInt8(truncatingIfNeeded: recent) {
        case UInt8(ascii: "["), UInt8(ascii: "<"): return true
        case UInt8(ascii: "?"): return recent & 0xFF_FFFF == 0x3F_3F3F  // ???
        case UInt8(ascii: "O"): return recent & 0xFFFF_FFFF == 0x544F_444F  // TODO
        case UInt8(ascii: "N"): return recent & 0xFFFF == 0x4E4E || recent & 0xFF_FFFF == 0x4E_2E4E  // NN, N.N
        case UInt8(ascii: "b"), UInt8(ascii: "B"): return lower & 0xFFFF == 0x7462  // tb
        case UInt8(ascii: "x"), UInt8(ascii: "X"):
            return isDoubled(lower) || lower & 0xFF_FFFF == 0x66_6978  // fix
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), 0xE5: return isDoubled(lower)  // y, å
        case UInt8(ascii: "l"), UInt8(ascii: "L"): return lower & 0xFFFF_FFFF == 0x6679_6C6C  // fyll
        case UInt8(ascii: "m"), UInt8(ascii: "M"): return lower & 0xFF_FFFF_FFFF == 0x6C_6F72_656D  // lorem
        case UInt8(ascii: "d"), UInt8(ascii: "D"):
            let seven = lower & 0xFF_FFFF_FFFF_FFFF
            return lower & 0xFFFF_FFFF == 0x6D65_6464  // medd
                || seven == 0x64_6563_6964_6564  // decided
                || seven == 0x64_6566_696E_6564  // defined
                || lower == 0x7465_726D_696E_6564  // termined
                || lower == 0x6F6E_6669_726D_6564  // onfirmed
                || lower == 0x6E6E_6F75_6E63_6564  // nnounced
        default: return false
        }
    }

    /// Whether the low byte of `lower` stands again one or two bytes before, with a `-`, `.` or
    /// `:` between in the second case.
    private static func isDoubled(_ lower: UInt64) -> Bool {
        let last = lower & 0xFF
        if (lower >> 8) & 0xFF == last { return true }
        guard (lower >> 16) & 0xFF == last else { return false }
        let middle = UInt8(truncatingIfNeeded: lower >> 8)
        return middle == UInt8(ascii: "-") || middle == UInt8(ascii: ".") || middle == UInt8(ascii: ":")
    }
}
