import Foundation

/// One run of `git` (found on the `PATH`), with no standard input, its output collected.
public struct GitCommand: Sendable {
    /// What git wrote to standard output.
    public let output: Data
    /// The first line git wrote to standard error, if any.
    public let firstErrorLine: String?
    /// Whether git exited with status 0.
    public let succeeded: Bool

    /// Runs `git ARGUMENTS`; `nil` when git cannot be started.
    public static func run(_ arguments: [String]) -> GitCommand? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        // Told of the exit by Foundation's handler, rather than `waitUntilExit()`, which on Linux
        // looks again every 50 ms: a folder walk waited 50 ms for a git that took 5.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        exited.wait()
        return GitCommand(
            output: data,
            firstErrorLine: String(decoding: message, as: UTF8.self).split(separator: "\n").first.map(String.init),
            succeeded: process.terminationStatus == 0)
    }
}
