import IOPYAML

/// A source line cut where flagged ranges begin and end, each piece with the highest severity
/// of the ranges over it (`nil` for none), as the `html` format marks it.
///
/// A range is marked on the line where it starts, as the text format underlines it: a range
/// that goes on past that line is marked to its end, so that a flagged block of twenty lines
/// does not colour them all. An empty range marks nothing (its line is flagged instead).
/// A suppressed finding marks nothing. Columns are 1-based and count Unicode scalars, like
/// finding positions. Neighbouring pieces never have the same severity.
///
/// The pieces are shown text (``ShownText``): controls escaped, and a line too long to show cut
/// to a window from a little before its first flagged range, with a `…` piece for each cut.
struct HighlightedLine: Equatable {
    struct Piece: Equatable {
        var text: Substring
        var severity: Severity?
    }

    var pieces: [Piece]

    /// Line `number`, whose text is `line`, with the ranges of `findings` on it.
    init(_ line: Substring, number: Int, findings: [Finding]) {
        let count = line.unicodeScalars.count
        let end = count + 1
        let flagged = findings.compactMap { finding -> (from: Int, to: Int, severity: Severity)? in
            let range = finding.range
            guard range.start.line == number, finding.suppression == nil else { return nil }
            let from = max(1, range.start.column)
            let to = range.end.line == number ? min(end, range.end.column) : end
            return from < to ? (from, to, finding.severity) : nil
        }
        let window = ShownText.window(count: count, showing: flagged.map(\.from).min() ?? 1)
        let spans = flagged.compactMap { span -> (from: Int, to: Int, severity: Severity)? in
            let (from, to) = (max(span.from, window.lowerBound), min(span.to, window.upperBound))
            return from < to ? (from, to, span.severity) : nil
        }
        let cuts = Set([window.lowerBound, window.upperBound] + spans.flatMap { [$0.from, $0.to] }).sorted()
        var pieces: [Piece] = window.lowerBound > 1 ? [Piece(text: "…", severity: nil)] : []
        for (from, to) in zip(cuts, cuts.dropFirst()) {
            let severity = spans.filter { $0.from <= from && to <= $0.to }.map(\.severity).max()
            let text = Substring(ShownText.escaped(SourceLines.slice(line, from: from, to: to)))
            if let last = pieces.last, last.severity == severity {
                pieces[pieces.count - 1].text = Substring(String(last.text) + String(text))
            } else {
                pieces.append(Piece(text: text, severity: severity))
            }
        }
        if window.upperBound <= count { pieces.append(Piece(text: "…", severity: nil)) }
        self.pieces = pieces.filter { !$0.text.isEmpty }
    }
}
