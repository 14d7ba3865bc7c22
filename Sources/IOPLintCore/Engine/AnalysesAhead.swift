import Foundation
import IOPYAML
import Synchronization

/// The prose of a large document analysed on a spare core while the loader decodes the model
/// on its own: words, folded words and sentences, made as ``TextAnalyses`` makes them for the
/// text rules, which then find them made. What is not done when decoding ends is left to the
/// rules, as for any document.
///
/// Prose here is every string with a space in it: most are read by some text rule, and what
/// is analysed in vain costs only the spare core's time.
final class AnalysesAhead: Sendable {
    private let stopped = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts analysing the prose under `root` into `analyses`, in document order, on a thread
    /// of its own.
    static func start(under root: YAMLNode, into analyses: TextAnalyses) -> AnalysesAhead {
        let ahead = AnalysesAhead()
        Thread {
            ahead.analyse(under: root, into: analyses)
            ahead.finished.signal()
        }.start()
        return ahead
    }

    /// Stops the analyses and returns once the one in hand is done.
    func stop() {
        stopped.store(true, ordering: .relaxed)
        finished.wait()
    }

    /// The text of `node` when it is prose as the analyses made ahead of the rules take it (a
    /// string with a space in it), else `nil`.
    static func prose(of node: YAMLNode) -> String? {
        guard let text = node.stringValue, text.utf8.contains(UInt8(ascii: " ")) else { return nil }
        return text
    }

    private func analyse(under root: YAMLNode, into analyses: TextAnalyses) {
        var pending = [root]
        while let node = pending.popLast(), !stopped.load(ordering: .relaxed) {
            switch node.content {
            case .scalar:
                guard let text = Self.prose(of: node) else { continue }
                _ = analyses.analysis(of: text, at: node.range.start.offset)
            case .sequence(let items):
                pending.append(contentsOf: items.reversed())
            case .mapping(let pairs):
                pending.append(contentsOf: pairs.reversed().lazy.map(\.value))
            }
        }
    }
}
