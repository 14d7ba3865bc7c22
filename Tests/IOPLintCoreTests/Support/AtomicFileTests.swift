import Foundation
import Testing

@testable import IOPLintCore

@Suite struct AtomicFileTests {
    @Test func writesAndReplacesWithoutLeavingTemporaryFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "iop-lint-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("report.txt").path
        try AtomicFile.write("first", to: path)
        try AtomicFile.write("second", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.txt"])
    }

    @Test func aDeviceIsWrittenToNotReplaced() throws {
        try AtomicFile.write("nothing", to: "/dev/null")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a character device")
    }

    @Test func aMissingFolderIsAFailureNamingThePath() {
        #expect(throws: ToolFailure.self) { try AtomicFile.write("x", to: "/no/such/folder/report.txt") }
    }
}
