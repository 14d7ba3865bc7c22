/// The base protocol's framing: each message is a header part (`Content-Length: N`, optionally
/// `Content-Type`, each line ended by `\r\n`), an empty line, then exactly N bytes of JSON.
///
/// A value type over a byte buffer, with no I/O: bytes go in as they arrive, whole message
/// bodies come out. A header part without a usable `Content-Length` is dropped and reported,
/// so that one broken frame does not stop the bytes after it from being read.
public struct MessageFramer: Sendable {
    /// Why a header part was dropped.
    public enum Failure: Error, Sendable, Equatable {
        /// No `Content-Length` header, or one that is not a non-negative integer.
        case missingContentLength(header: String)
        /// A `Content-Length` above ``maximumLength``.
        case tooLong(Int)
    }

    /// The largest body accepted, in bytes.
    public let maximumLength: Int
    private var buffer: [UInt8] = []
    private var start = 0

    public init(maximumLength: Int = 64 << 20) {
        self.maximumLength = maximumLength
    }

    /// Adds bytes read from the stream.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// Whether nothing is left over: no partial header or body waiting for more bytes.
    public var isEmpty: Bool { start == buffer.count }

    /// The next whole body, `nil` until enough bytes have arrived; throws for a header part
    /// that cannot be used (it is dropped, and the next call goes on after it).
    public mutating func next() throws(Failure) -> [UInt8]? {
        guard let headerEnd = Self.find(Self.separator, in: buffer, from: start) else {
            compact()
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        guard let length = Self.contentLength(in: header) else {
            start = headerEnd + Self.separator.count
            compact()
            throw .missingContentLength(header: header)
        }
        guard length <= maximumLength else {
            start = headerEnd + Self.separator.count
            compact()
            throw .tooLong(length)
        }
        let bodyStart = headerEnd + Self.separator.count
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        start = bodyStart + length
        compact()
        return body
    }

    /// `body` with its header, ready to write.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    private static let separator: [UInt8] = Array("\r\n\r\n".utf8)

    /// The value of the `Content-Length` field (names are case-insensitive), when it is a
    /// non-negative integer.
    static func contentLength(in header: String) -> Int? {
        for line in header.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingSpaces.lowercased()
            guard name == "content-length" else { continue }
            let value = line[line.index(after: colon)...].trimmingSpaces
            guard !value.isEmpty, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return Int(value)
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard haystack.count - from >= needle.count else { return nil }
        var index = from
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Drops consumed bytes once they are most of the buffer, so the buffer does not grow
    /// without end and is not copied on every message.
    private mutating func compact() {
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start > 4096, start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
