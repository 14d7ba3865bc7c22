/// A message split into plain text and code, as messages write code: between backticks
/// (`` `kind` must be one of `iop`, … ``). The Markdown and HTML formats both show code apart.
///
/// A run of backticks opens code that the next run of the same length closes, as in
/// CommonMark; a run that nothing closes is plain text. The backticks themselves belong to no
/// span, nor does one space just inside each of them when there is one at both ends (so
/// ``` `` a`b `` ``` is the code ``a`b``).
struct MessageSpans: Equatable {
    struct Span: Equatable {
        var text: Substring
        var isCode: Bool
    }

    var spans: [Span]

    init(_ message: String) {
        var spans: [Span] = []
        var plainStart = message.startIndex
        var index = message.startIndex
        while index < message.endIndex {
            guard message[index] == "`" else {
                index = message.index(after: index)
                continue
            }
            let fence = Self.backtickRun(in: message, from: index)
            guard let close = Self.closingRun(in: message, after: fence.upperBound, length: message[fence].count) else {
                index = fence.upperBound
                continue
            }
            if plainStart < fence.lowerBound {
                spans.append(Span(text: message[plainStart..<fence.lowerBound], isCode: false))
            }
            spans.append(Span(text: Self.trimmingOneSpace(message[fence.upperBound..<close.lowerBound]), isCode: true))
            index = close.upperBound
            plainStart = index
        }
        if plainStart < message.endIndex { spans.append(Span(text: message[plainStart...], isCode: false)) }
        self.spans = spans
    }

    private static func trimmingOneSpace(_ code: Substring) -> Substring {
        guard code.count > 2, code.first == " ", code.last == " ", code.contains(where: { $0 != " " }) else {
            return code
        }
        return code.dropFirst().dropLast()
    }

    private static func backtickRun(in text: String, from start: String.Index) -> Range<String.Index> {
        let end = text[start...].firstIndex { $0 != "`" } ?? text.endIndex
        return start..<end
    }

    /// The next run of exactly `length` backticks at or after `start`.
    private static func closingRun(in text: String, after start: String.Index, length: Int) -> Range<String.Index>? {
        var index = start
        while let found = text[index...].firstIndex(of: "`") {
            let run = backtickRun(in: text, from: found)
            if text[run].count == length { return run }
            index = run.upperBound
        }
        return nil
    }
}
