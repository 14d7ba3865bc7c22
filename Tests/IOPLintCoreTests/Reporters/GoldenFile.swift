import Foundation
import Testing

/// Compares output with a file in `Golden/`. With `IOP_LINT_RECORD=1` in the environment it
/// writes the file instead, and the test fails, so that recording is never left on.
enum GoldenFile {
    static let directory = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Golden")

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["IOP_LINT_RECORD"] == "1"
    }

    static func assertMatches(
        _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        try assertMatches(actual, file: directory.appending(path: name), sourceLocation: sourceLocation)
    }

    /// Compares output with any file of the repository (e.g. generated documentation).
    static func assertMatches(_ actual: String, file url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let name = url.lastPathComponent
        if isRecording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded Golden/\(name); run again without IOP_LINT_RECORD", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("Golden/\(name) is missing; record it with IOP_LINT_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if let difference = firstDifference(expected, actual) {
            Issue.record(
                "output differs from Golden/\(name) (re-record with IOP_LINT_RECORD=1 if the change is meant)\n\(difference)",
                sourceLocation: sourceLocation)
        }
    }

    /// The first line where the texts differ, both ways; `nil` when they are equal.
    static func firstDifference(_ expected: String, _ actual: String) -> String? {
        guard expected != actual else { return nil }
        let (old, new) = (
            expected.split(separator: "\n", omittingEmptySubsequences: false),
            actual.split(separator: "\n", omittingEmptySubsequences: false)
        )
        let line = old.indices.first { $0 >= new.count || old[$0] != new[$0] } ?? old.count
        let show = { (lines: [Substring]) in
            lines.indices.contains(line) ? String(reflecting: String(lines[line])) : "(no line)"
        }
        return "line \(line + 1):\n  expected: \(show(old))\n  actual:   \(show(new))"
    }
}
