import Foundation
import TestSupport
import Testing

@testable import IOPLintCore

@Suite struct AtomicFileTests {
    @Test func writesAndReplacesWithoutLeavingTemporaryFiles() throws {
        let folder = try TemporaryFolder.make("iop-lint-atomic")
        defer { TemporaryFolder.remove(folder) }
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

    /// A folder holding `victim.txt`, and links to it at the names a temporary file for
    /// `report.txt` could once be predicted to have. The caller removes the folder.
    private static func folderWithPlantedLinks() throws -> (folder: URL, report: String, victim: String) {
        let folder = try TemporaryFolder.make("iop-lint-atomic", holding: ["victim.txt": "secret"])
        let victim = folder.appendingPathComponent("victim.txt").path
        for name in [".report.txt.\(ProcessInfo.processInfo.processIdentifier).tmp", ".report.txt.tmp"] {
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent(name).path, withDestinationPath: victim)
        }
        return (folder, folder.appendingPathComponent("report.txt").path, victim)
    }

    @Test func aLinkPlantedAtATemporaryNameIsNotWrittenThrough() throws {
        let (folder, report, victim) = try Self.folderWithPlantedLinks()
        defer { TemporaryFolder.remove(folder) }
        try AtomicFile.write("report", to: report)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "secret")
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "report")
    }

    @Test func aStreamedReportDoesNotWriteThroughAPlantedLinkEither() throws {
        let (folder, report, victim) = try Self.folderWithPlantedLinks()
        defer { TemporaryFolder.remove(folder) }
        let sink = try FileSink(path: report)
        try sink.write("streamed")
        try sink.commit()
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "secret")
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "streamed")
    }

    @Test func temporaryFilesGetFreshNamesAndNeverReuseAFile() throws {
        let (folder, report, _) = try Self.folderWithPlantedLinks()
        defer { TemporaryFolder.remove(folder) }
        let first = try AtomicFile.createTemporary(besideFile: report)
        let second = try AtomicFile.createTemporary(besideFile: report)
        #expect(first.path != second.path)
        for path in [first.path, second.path] {
            #expect(URL(fileURLWithPath: path).deletingLastPathComponent().path == folder.path)
            var status = stat()
            #expect(lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG, "a new regular file")
            unlink(path)
        }
    }
}
