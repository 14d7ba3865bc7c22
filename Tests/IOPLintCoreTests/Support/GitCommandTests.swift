import Foundation
import TestSupport
import Testing

@testable import IOPLintCore

/// `git` run with its output collected and its exit status read once it has exited.
@Suite struct GitCommandTests {
    @Test func aSuccessfulRunGivesItsOutput() throws {
        let git = try #require(GitCommand.run(["--version"]))
        #expect(git.succeeded)
        #expect(String(decoding: git.output, as: UTF8.self).hasPrefix("git version "))
        #expect(git.firstErrorLine == nil)
    }

    @Test func aFailedRunGivesItsStatusAndFirstErrorLine() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("saknas-\(UUID().uuidString)").path
        let git = try #require(GitCommand.run(["-C", missing, "status"]))
        #expect(!git.succeeded)
        #expect(git.output.isEmpty)
        #expect(git.firstErrorLine?.contains(missing) == true)
    }

    /// Runs one after another, each waiting for its own exit: the status is never a previous run's.
    @Test func runsInARowEachGiveTheirOwnStatus() throws {
        for round in 0..<5 {
            let succeeding = try #require(GitCommand.run(["--version"]))
            let failing = try #require(GitCommand.run(["no-such-command-\(round)"]))
            #expect(succeeding.succeeded)
            #expect(!failing.succeeded)
        }
    }

    /// More than a pipe holds, on standard output and on standard error: both are read as
    /// they come, so git never waits on one while the other is read to its end.
    @Test func outputBeyondAPipesSizeIsReadWhole() throws {
        let repository = try TemporaryFolder.make(
            "stor", holding: ["stor.txt": String(repeating: "rad\n", count: 100_000)])
        defer { TemporaryFolder.remove(repository) }
        let git = { (arguments: [String]) in try #require(GitCommand.run(["-C", repository.path] + arguments)) }
        #expect(try git(["init", "-q"]).succeeded)
        #expect(try git(["add", "stor.txt"]).succeeded)
        let shown = try git(["hash-object", "stor.txt"])
        #expect(shown.succeeded)
        let content = try git([
            "cat-file", "-p",
            String(decoding: shown.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines),
        ])
        #expect(content.output.count == 400_000)
        // One error line per path that is not there: some 300 KB on standard error.
        let missing = (0..<5_000).map { "saknas-\($0).yaml" }
        let failed = try git(["ls-files", "--error-unmatch"] + missing)
        #expect(!failed.succeeded)
        #expect(failed.firstErrorLine?.contains("saknas-0.yaml") == true)
    }
}
