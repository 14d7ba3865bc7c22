import IOPYAML

/// The lines of a file that the `html` format shows around some findings, with each finding
/// placed right after the line where its range starts (the most severe first).
///
/// Each finding brings the lines of its range (at most ``longestRange`` of them) and
/// ``context`` lines either side (not the empty line after a final line break); windows closer
/// than two lines merge, and the lines between windows become a gap. A finding whose line is not in the text (a file that could not be
/// decoded) is ``unplaced``.
struct SourceExcerpt {
    /// Lines shown before and after a flagged range.
    static let context = 2
    /// The most lines of one range shown, from its start.
    static let longestRange = 5

    enum Row: Equatable {
        /// Source line `number`, with the findings that start on it.
        case line(number: Int, findings: [Finding])
        /// Lines left out, so many of them.
        case gap(lines: Int)
    }

    var rows: [Row] = []
    var unplaced: [Finding] = []

    init(findings: [Finding], lines: SourceLines) {
        let placed = findings.filter { (1...lines.count).contains($0.range.start.line) }
        unplaced = findings.filter { !(1...lines.count).contains($0.range.start.line) }
        // Errors first among the findings of a line; otherwise in the order given.
        let ranked = placed.enumerated().sorted { ($1.element.severity, $0.offset) < ($0.element.severity, $1.offset) }
        let starting = Dictionary(grouping: ranked.map(\.element), by: \.range.start.line)
        var previous: Int?
        // A text that ends with a line break has an empty last line that no editor shows.
        let textEnd = lines.count > 1 && lines.line(lines.count)?.isEmpty == true ? lines.count - 1 : lines.count
        for window in Self.windows(of: placed, textEnd: textEnd) {
            if let previous, window.lowerBound > previous + 1 {
                rows.append(.gap(lines: window.lowerBound - previous - 1))
            }
            rows += window.map { Row.line(number: $0, findings: starting[$0] ?? []) }
            previous = window.upperBound
        }
    }

    /// The last line a range covers: a range that ends at column 1 of a later line ends on the
    /// line before.
    static func lastLine(of range: SourceRange) -> Int {
        range.end.line > range.start.line && range.end.column == 1
            ? range.end.line - 1 : max(range.start.line, range.end.line)
    }

    /// The line windows of `findings`, sorted and merged.
    private static func windows(of findings: [Finding], textEnd: Int) -> [ClosedRange<Int>] {
        let windows = findings.map { finding in
            let start = finding.range.start.line
            let end = min(lastLine(of: finding.range), start + longestRange - 1)
            return max(1, start - context)...max(start, min(textEnd, end + context))
        }.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<Int>] = []
        for window in windows {
            if let last = merged.last, window.lowerBound <= last.upperBound + 2 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, window.upperBound)
            } else {
                merged.append(window)
            }
        }
        return merged
    }
}
