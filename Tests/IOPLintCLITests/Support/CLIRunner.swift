import Foundation
import TestSupport

/// Runs the built `iop-lint` binary, as a user would, and captures what it does.
struct CLIRunner {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary: `IOP_LINT_BINARY` when set, else `iop-lint` beside the test bundle.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["IOP_LINT_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("iop-lint")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/iop-lint")
    }()

    /// Runs `iop-lint arguments` in `directory`, with `stdin` as standard input, and the
    /// environment cleared of colour and language settings except those in `environment`.
    /// A `launcher` (a program and its arguments) runs the binary, e.g. as another user.
    static func run(
        _ arguments: [String], in directory: URL = packageRoot, stdin: String? = nil,
        environment: [String: String] = [:], launcher: [String] = []
    ) throws -> Outcome {
        let process = Process()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = launcher.dropFirst() + [binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment
        for name in ["NO_COLOR", "LANG", "LC_ALL", "LC_MESSAGES"] { variables[name] = nil }
        variables.merge(environment) { $1 }
        process.environment = variables
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Writes a sparse file of `size` bytes at `url`: it takes no room on disk, but reading it
    /// whole would take `size` bytes of memory.
    static func sparseFile(_ url: URL, size: UInt64) throws {
        try Data().write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: size)
        try handle.close()
    }

    /// A configuration that runs only the `format` rules, for tests about the command line
    /// rather than about the content of agreements.
    static let formatOnlyConfiguration = "packs: [format]\n"

    /// A fresh temporary folder holding `files` (relative path → content). Unless `files` has
    /// its own `.iop-lint.yml`, the folder gets ``formatOnlyConfiguration`` and a `.git` marker,
    /// so that nothing above it is discovered. The caller removes it (``TemporaryFolder/remove(_:)``).
    static func folder(_ files: [String: String], formatOnly: Bool = true) throws -> URL {
        var files = files
        if formatOnly && files[".iop-lint.yml"] == nil { files[".iop-lint.yml"] = formatOnlyConfiguration }
        files[".git/HEAD"] = files[".git/HEAD"] ?? "ref: refs/heads/main\n"
        return try TemporaryFolder.make("iop-lint-cli", holding: files)
    }
}
