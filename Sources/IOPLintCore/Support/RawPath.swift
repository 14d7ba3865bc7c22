import Foundation

/// A file-system path as the bytes the system names the file by. Paths are usually UTF-8, but
/// nothing makes them so: a name written in Latin-1 (`bilaga-ä.yaml` with `ä` as the one byte
/// 0xE4) is as good a path as any, and a `String` cannot hold it without replacing the byte, after
/// which it names no file. A file is opened by its ``RawPath`` and shown by ``shown``.
public struct RawPath: Hashable, Sendable {
    /// The path's bytes; never a NUL, which no path holds.
    public let bytes: [UInt8]

    /// The path spelled by `path`'s UTF-8.
    public init(_ path: String) {
        self.init(bytes: path.utf8)
    }

    /// The path of `bytes`, up to a NUL if there is one.
    public init(bytes: some Sequence<UInt8>) {
        self.bytes = Array(bytes.prefix { $0 != 0 })
    }

    /// The path of `bytes`, which hold no NUL (they are this type's own, or parts of them).
    private init(checkedBytes bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The path as a string, when its bytes are valid UTF-8; else `nil`.
    public var string: String? {
        String(validating: bytes, as: UTF8.self)
    }

    /// The path as shown in messages and reports: its text, with each byte that is not part of
    /// valid UTF-8 written `\xHH` (two upper-case hex digits) and each backslash written `\\`, so
    /// that no two paths look alike (`bilaga-\xE4.yaml` is the byte 0xE4, `a\\xE4` the text
    /// `a\xE4`). Valid UTF-8 without a backslash is shown as it is.
    public var shown: String {
        if let string, !string.utf8.contains(UInt8(ascii: "\\")) { return string }
        var shown = ""
        var index = 0
        while index < bytes.count {
            let end = min(index + Self.sequenceLength(lead: bytes[index]), bytes.count)
            let piece = bytes[index..<end]
            let text = String(decoding: piece, as: UTF8.self)
            if text.utf8.elementsEqual(piece) {
                shown += text == "\\" ? "\\\\" : text
                index = end
            } else {
                let byte = bytes[index]
                shown +=
                    "\\x" + String(byte >> 4, radix: 16, uppercase: true)
                    + String(byte & 0xF, radix: 16, uppercase: true)
                index += 1
            }
        }
        return shown
    }

    /// The path a name ``shown`` shows: `\xHH` is the byte, `\\` a backslash, and any other
    /// text (a backslash before anything else too) is its UTF-8. For a report that must name the
    /// file by its bytes (a SARIF `uri`) when it has only the name shown.
    public init(shown: String) {
        var bytes: [UInt8] = []
        var rest = Substring(shown).utf8[...]
        while let backslash = rest.firstIndex(of: UInt8(ascii: "\\")) {
            bytes += rest[..<backslash]
            rest = rest[backslash...].dropFirst()
            if rest.first == UInt8(ascii: "\\") {
                bytes.append(UInt8(ascii: "\\"))
                rest = rest.dropFirst()
            } else if rest.first == UInt8(ascii: "x"), case let digits = rest.dropFirst().prefix(2), digits.count == 2,
                digits.allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }),
                let byte = UInt8(String(decoding: digits, as: UTF8.self), radix: 16)
            {
                bytes.append(byte)
                rest = rest.dropFirst(3)
            } else {
                bytes.append(UInt8(ascii: "\\"))
            }
        }
        self.init(bytes: bytes + rest)
    }

    /// The path without leading `./` (`./a.yaml` is `a.yaml`); `.` and `./` stay as they are.
    public var withoutLeadingDotSlash: RawPath {
        var start = 0
        while bytes.count - start > 2 && bytes[start] == UInt8(ascii: ".") && bytes[start + 1] == UInt8(ascii: "/") {
            start += 2
        }
        return start == 0 ? self : RawPath(checkedBytes: Array(bytes[start...]))
    }

    /// The path of `name` inside this folder.
    public func appending(_ name: RawPath) -> RawPath {
        var joined: [UInt8] = []
        joined.reserveCapacity(bytes.count + 1 + name.bytes.count)
        joined += bytes
        if bytes.last != UInt8(ascii: "/") { joined.append(UInt8(ascii: "/")) }
        joined += name.bytes
        // Neither part holds a NUL: the bytes are the path's as they are.
        return RawPath(checkedBytes: joined)
    }

    /// Calls `body` with the path as a NUL-terminated C string, for the system's calls.
    public func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// The path `pointer` (a C string) holds.
    public init(cString pointer: UnsafePointer<CChar>) {
        self.init(
            bytes: UnsafeBufferPointer(
                start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
    }

    /// How many bytes the UTF-8 sequence that starts with `lead` has; 1 for a byte that cannot
    /// start one (which the round trip in ``shown`` then escapes).
    private static func sequenceLength(lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 1
        }
    }
}
