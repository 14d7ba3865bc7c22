import Foundation
import IOPLintCore

/// Standard output as the commands write it: every write is checked, so that a full disk or a
/// closed pipe ends the run with a message and exit code 2, never a crash, a death by `SIGPIPE`
/// (the entry point ignores the signal) or a silent exit 0.
enum StandardOutput {
    /// Writes `text`.
    static func write(_ text: String) throws(ToolFailure) {
        try write(Data(text.utf8))
    }

    /// Writes `data`.
    static func write(_ data: Data) throws(ToolFailure) {
        do {
            try FileHandle.standardOutput.write(contentsOf: data)
        } catch {
            throw .cannotWriteStandardOutput
        }
    }
}

/// Standard error, for messages about the run. A message that cannot be written there is
/// dropped: there is nowhere else to say so, and the exit code still tells.
enum StandardError {
    /// Writes `text`.
    static func write(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }
}
