import IOPYAML

/// A file's text split into lines, to show source lines and to slice out the text of a
/// ``SourceRange``.
///
/// Lines end where ``SourcePosition`` ends them (`\n`, `\r\n`, a lone `\r`, U+0085, U+2028,
/// U+2029), so line numbers agree with finding positions; a line holds no line break. A text
/// that ends with a line break has a last, empty line after it.
///
/// ``keeping(_:)`` makes a sparse copy that holds only some lines, so that a report need not
/// keep a whole file's text to show the lines its findings point at.
public struct SourceLines: Sendable {
    /// The whole text; empty in a sparse copy.
    private let text: String
    /// Where each line starts and ends (before its line break), as UTF-8 offsets into ``text``;
    /// none in a sparse copy.
    private let bounds: [(start: Int, end: Int)]
    /// The lines a sparse copy kept, one after the other in one string (a copy that keeps a
    /// few dozen lines costs two allocations, not one per line); empty otherwise.
    private let keptText: String
    /// The number of each line a sparse copy kept, in increasing order, with where it is in
    /// ``keptText`` (UTF-8 offsets).
    private let keptBounds: [(number: Int, start: Int, end: Int)]
    /// How many lines there are (at least 1), kept or not.
    public let count: Int

    public init(_ text: String) {
        // A scan of the UTF-8 bytes: every line break starts with a byte that is no part of a
        // longer character (`\n`, `\r`, C2 85, E2 80 A8, E2 80 A9). Lines are kept as offsets,
        // not substrings, so that a long file costs no reference count per line.
        var text = text
        let bounds = text.withUTF8 { Self.lineBounds(of: $0) }
        self.text = text
        self.bounds = bounds
        self.keptText = ""
        self.keptBounds = []
        self.count = bounds.count
    }

    /// The start and end (before the line break) of every line of `bytes`.
    private static func lineBounds(of bytes: UnsafeBufferPointer<UInt8>) -> [(start: Int, end: Int)] {
        var bounds: [(start: Int, end: Int)] = []
        var lineStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight bytes at a time to the first that may start a line break (`\n`, `\r`, C2,
            // E2): a line of an agreement is dozens of bytes, Swedish letters among them.
            if count - index >= 8 {
                let starts = Self.lineBreakStarts(UnsafeRawPointer(bytes.baseAddress! + index))
                if starts == 0 {
                    index += 8
                    continue
                }
                index += starts.trailingZeroBitCount / 8
            }
            var next = index + 1
            switch bytes[index] {
            case 0x0A: break
            case 0x0D:
                if next < count, bytes[next] == 0x0A { next += 1 }
            case 0xC2 where next < count && bytes[next] == 0x85:
                next += 1
            case 0xE2
            where next + 1 < count && bytes[next] == 0x80 && (bytes[next + 1] == 0xA8 || bytes[next + 1] == 0xA9):
                next += 2
            default:
                index = next
                continue
            }
            bounds.append((lineStart, index))
            index = next
            lineStart = next
        }
        bounds.append((lineStart, count))
        return bounds
    }

    /// The eight bytes at `bytes` with the top bit of the first one that is `\n`, `\r`, C2 or E2
    /// set (bits above it may be set too); zero when none is. A byte equal to one of them is a
    /// zero byte of the word exclusive-or that byte repeated.
    private static func lineBreakStarts(_ bytes: UnsafeRawPointer) -> UInt64 {
        let word = UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self))
        return zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A) | zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
            | zeroBytes(word ^ 0xC2C2_C2C2_C2C2_C2C2) | zeroBytes(word ^ 0xE2E2_E2E2_E2E2_E2E2)
    }

    /// The top bit of the lowest zero byte of `word` set, and perhaps bits above it (a borrow
    /// through a zero byte can mark the byte after it); zero when no byte is zero.
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    /// A sparse copy of a text of `count` lines that holds `lines`, by 1-based number.
    private init(keeping lines: some Sequence<(number: Int, text: Substring)>, count: Int) {
        var keptText = ""
        var keptBounds: [(number: Int, start: Int, end: Int)] = []
        for (number, line) in lines {
            let start = keptText.utf8.count
            keptText.append(contentsOf: line)
            keptBounds.append((number, start, keptText.utf8.count))
        }
        self.text = ""
        self.bounds = []
        self.keptText = keptText
        self.keptBounds = keptBounds
        self.count = count
    }

    /// A sparse copy made of `keptLines` (by 1-based number) of a text of `count` lines, as
    /// ``keptLines`` gave them.
    public init(keptLines: [Int: String], count: Int) {
        self.init(
            keeping: keptLines.sorted { $0.key < $1.key }.lazy.map { ($0.key, Substring($0.value)) },
            count: max(1, count))
    }

    /// The lines held, by 1-based number: every line, or those a sparse copy kept.
    public var keptLines: [Int: String] {
        var all: [Int: String] = [:]
        if bounds.isEmpty {
            for kept in keptBounds { all[kept.number] = String(keptLine(kept)) }
        } else {
            for number in 1...count { all[number] = line(number).map(String.init) }
        }
        return all
    }

    /// A copy that holds only the lines `numbers` (those past the last line are ignored) and,
    /// when it is empty, the last line, so that ``count`` and ``line(_:)`` of the last line
    /// still tell whether the text ends with a line break. The copy shares no storage with the
    /// text it came from.
    public func keeping(_ numbers: some Sequence<Int>) -> SourceLines {
        var wanted = numbers.filter { $0 >= 1 && $0 <= count }
        if line(count)?.isEmpty == true { wanted.append(count) }
        wanted.sort()
        var previous = 0
        let distinct = wanted.filter { number in
            defer { previous = number }
            return number != previous
        }
        let lines = distinct.lazy.compactMap { number -> (number: Int, text: Substring)? in
            self.line(number).map { (number, $0) }
        }
        return SourceLines(keeping: lines, count: count)
    }

    /// A line a sparse copy kept.
    private func keptLine(_ kept: (number: Int, start: Int, end: Int)) -> Substring {
        let utf8 = keptText.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: kept.start)
        return keptText[start..<utf8.index(start, offsetBy: kept.end - kept.start)]
    }

    /// Line `number` (1-based) without its line break; `nil` past the last line, and for a line
    /// a sparse copy did not keep.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= count else { return nil }
        if bounds.isEmpty {
            // A binary search of the kept numbers.
            var (low, high) = (0, keptBounds.count)
            while low < high {
                let middle = (low + high) / 2
                if keptBounds[middle].number < number { low = middle + 1 } else { high = middle }
            }
            guard low < keptBounds.count, keptBounds[low].number == number else { return nil }
            return keptLine(keptBounds[low])
        }
        let (start, end) = bounds[number - 1]
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
    }

    /// The text from `range.start` up to, not including, `range.end`, with `\n` between lines.
    /// Columns are 1-based and count Unicode scalars; a column past the end of its line means
    /// the end of the line, and lines past the last are empty.
    public func text(in range: SourceRange) -> String {
        var parts: [Substring] = []
        forEachPiece(in: range) { parts.append($0) }
        return parts.joined(separator: "\n")
    }

    /// Calls `body` with each line's piece of the text of `range`, in order: the pieces
    /// ``text(in:)`` joins with `\n` (none when the range starts past the last line).
    func forEachPiece(in range: SourceRange, _ body: (Substring) -> Void) {
        let (start, end) = (range.start, range.end)
        guard start.line <= end.line, let first = line(start.line) else { return }
        if start.line == end.line {
            body(Self.slice(first, from: start.column, to: end.column))
            return
        }
        body(Self.slice(first, from: start.column, to: Int.max))
        for number in (start.line + 1)..<end.line {
            guard let middle = line(number) else { return }
            body(middle)
        }
        if let last = line(end.line) {
            body(Self.slice(last, from: 1, to: end.column))
        }
    }

    /// The scalars of `line` from column `from` up to, not including, column `to` (1-based).
    static func slice(_ line: Substring, from: Int, to: Int) -> Substring {
        // The columns' byte offsets, counted over the UTF-8 bytes: a walk over the scalar view
        // costs many times more (for every finding's fingerprint).
        var line = line
        let (lower, upper) = line.withUTF8 { bytes in
            (
                TextAnalysis.utf8Offset(ofScalar: max(0, from - 1), in: bytes),
                TextAnalysis.utf8Offset(ofScalar: max(0, to - 1), in: bytes)
            )
        }
        guard lower < upper else { return "" }
        let utf8 = line.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        return line[start..<utf8.index(start, offsetBy: upper - lower)]
    }
}
