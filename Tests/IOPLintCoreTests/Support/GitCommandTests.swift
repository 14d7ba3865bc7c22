import Foundation
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
}
