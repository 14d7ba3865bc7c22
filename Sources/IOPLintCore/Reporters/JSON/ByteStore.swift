import Foundation

/// Bytes in one growing allocation of its own, for ``JSONWriter``: appending a byte or a short
/// run is a bounds check and a copy, without the uniqueness check and generic path of an
/// array's append.
///
/// The allocation is C's (`malloc`/`realloc`): a large one grows by remapping its pages rather
/// than by copying them into new ones, and ``takeData()`` hands it over to `Data` as it is, so
/// that a report of many megabytes is neither copied nor touched again on its way out.
struct ByteStore: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        start = Self.allocation(resizing: nil, to: self.capacity)
    }

    deinit {
        free(start)
    }

    /// The bytes as text; they are UTF-8 (what is not is repaired, as `String(decoding:)` does).
    consuming func text() -> String {
        takeText()
    }

    /// How many bytes have been appended (since the last ``takeText()`` or ``takeData()``).
    var byteCount: Int { count }

    /// The bytes so far, in the allocation they were written into (which `Data` now frees); the
    /// store goes on empty, in a new allocation of the same capacity.
    mutating func takeData() -> Data {
        let data = Data(bytesNoCopy: start, count: count, deallocator: .free)
        start = Self.allocation(resizing: nil, to: capacity)
        count = 0
        return data
    }

    /// The bytes so far as text (as ``text()``); the store is then empty, its allocation kept.
    mutating func takeText() -> String {
        defer { count = 0 }
        return String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }

    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        start[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if capacity - count < bytes.count { grow(toHold: bytes.count) }
        (start + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// `number` in decimal digits.
    mutating func appendDecimal(_ number: UInt) {
        var digits = 1
        var rest = number / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        if capacity - count < digits { grow(toHold: digits) }
        var value = number
        for index in stride(from: count + digits - 1, through: count, by: -1) {
            start[index] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
        }
        count += digits
    }

    /// Makes room for `extra` more bytes, at least doubling the allocation.
    private mutating func grow(toHold extra: Int) {
        let newCapacity = max(2 * capacity, count + extra)
        (start, capacity) = (Self.allocation(resizing: start, to: newCapacity), newCapacity)
    }

    /// `realloc`, ending the process when memory is exhausted (as Swift's own allocations do).
    private static func allocation(
        resizing old: UnsafeMutablePointer<UInt8>?, to capacity: Int
    )
        -> UnsafeMutablePointer<UInt8>
    {
        guard let raw = realloc(old, capacity) else { fatalError("out of memory: \(capacity) bytes") }
        return raw.assumingMemoryBound(to: UInt8.self)
    }
}
