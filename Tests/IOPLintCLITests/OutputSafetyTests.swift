import Foundation
import TestSupport
import Testing

/// Where output goes when it should not: onto an input, through a planted link, to a full disk
/// or a closed pipe. Each run ends with exit code 2 and a message, the inputs untouched.
@Suite struct OutputSafetyTests {
    private static func content(of file: String, in folder: URL) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    }

    @Test(arguments: [
        ["a.yaml", "-o", "a.yaml"], ["a.yaml", "--output", "./a.yaml"], [".", "-o", "d/../a.yaml"],
        ["a.yaml", "--write-baseline", "a.yaml"], ["./a.yaml", "--write-baseline", "link.yaml", "-f", "json"],
    ])
    func anOutputThatIsAnInputIsRefused(arguments: [String]) throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.errorAndWarning, "d/.keep": ""])
        defer { TemporaryFolder.remove(folder) }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.yaml").path, withDestinationPath: "a.yaml")
        let outcome = try CLIRunner.run(arguments, in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("is the input"))
        #expect(outcome.stdout.isEmpty)
        #expect(try Self.content(of: "a.yaml", in: folder) == Fixtures.errorAndWarning)
    }

    @Test func theAbsolutePathOfAnInputIsRefusedToo() throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.clean])
        defer { TemporaryFolder.remove(folder) }
        let absolute = folder.appendingPathComponent("a.yaml").path
        let outcome = try CLIRunner.run(["a.yaml", "-o", absolute, "--lang", "sv"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("är indatafilen a.yaml"))
        #expect(try Self.content(of: "a.yaml", in: folder) == Fixtures.clean)
    }

    @Test func renderingOntoItsOwnAgreementIsRefused() throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.clean])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["render", "a.yaml", "--format", "markdown", "-o", "./a.yaml"], in: folder)
        #expect(outcome.status == 2)
        #expect(try Self.content(of: "a.yaml", in: folder) == Fixtures.clean)
    }

    @Test func anOutputBesideTheInputsIsWritten() throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.clean])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "-o", "report.txt"], in: folder)
        #expect(outcome.status == 0)
        #expect(try Self.content(of: "report.txt", in: folder).contains("No problems in 1 file"))
    }

    /// Runs the binary with standard output on `descriptor`; returns the exit status and
    /// standard error.
    private static func run(_ arguments: [String], stdout descriptor: Int32) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLIRunner.packageRoot
        let errors = Pipe()
        process.standardOutput = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        process.standardError = errors
        try process.run()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "ended by a signal")
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    /// Every format, streamed or written whole, says the same of standard output.
    static let standardOutputFailure = "cannot write to standard output (a full disk, or a pipe closed by the reader)"

    @Test(arguments: [
        ["rules"], ["examples/iop"], ["examples/iop", "-f", "json"], ["examples/iop", "-f", "sarif"], ["schema"],
        ["--help"],
    ])
    func aFullDiskIsAFailure(arguments: [String]) throws {
        let full = open("/dev/full", O_WRONLY)
        try #require(full >= 0)
        defer { close(full) }
        let (status, stderr) = try Self.run(arguments, stdout: full)
        #expect(status == 2)
        #expect(stderr.contains(Self.standardOutputFailure))
    }

    @Test(arguments: [["examples/"], ["examples/", "-f", "json"], ["examples/", "-f", "sarif"], ["rules"]])
    func aClosedPipeIsAFailureNotADeathBySignal(arguments: [String]) throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        close(ends[0])
        defer { close(ends[1]) }
        let (status, stderr) = try Self.run(arguments, stdout: ends[1])
        #expect(status == 2)
        #expect(stderr.contains(Self.standardOutputFailure))
    }
}
