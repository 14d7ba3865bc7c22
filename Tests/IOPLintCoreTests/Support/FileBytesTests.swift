import Foundation
import Testing

@testable import IOPLintCore

@Suite struct FileBytesTests {
    /// A sparse file of `size` bytes: it takes no room on disk, but reading it whole would.
    static func sparseFile(size: UInt64) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "iop-lint-sparse-\(UUID().uuidString).yaml")
        // The caller removes the file once it has it; until then, a failure here does.
        do {
            try Data("iop-lint: 1\n".utf8).write(to: url)
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: size)
            try handle.close()
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
        return url
    }

    @Test func aFileWithinTheLimitIsReadWhole() throws {
        let url = try Self.sparseFile(size: 64)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(
            FileBytes.read(atPath: url.path, limit: 64)
                == .bytes(Array("iop-lint: 1\n".utf8) + [UInt8](repeating: 0, count: 52)))
    }

    @Test func aSparseGigabyteIsRefusedFromItsSize() throws {
        let url = try Self.sparseFile(size: 1 << 30)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(FileBytes.read(atPath: url.path, limit: 16 << 20) == .tooLarge)
        #expect(FileBytes.readCapped(atPath: url.path, limit: 16)?.count == 17)
    }

    @Test func aDeviceWithoutEndIsReadOnlyPastTheLimit() {
        #expect(FileBytes.read(atPath: "/dev/zero", limit: 1 << 20) == .tooLarge)
        #expect(FileBytes.readCapped(atPath: "/dev/zero", limit: 1 << 20)?.count == (1 << 20) + 1)
    }

    @Test func whatCannotBeReadIsNil() {
        #expect(FileBytes.read(atPath: "/nonexistent/iop-lint/a.yaml", limit: 10) == nil)
        #expect(FileBytes.read(atPath: FileManager.default.temporaryDirectory.path, limit: 10) == nil)
        #expect(FileBytes.readCapped(atPath: "/nonexistent/iop-lint/a.yaml") == nil)
    }

    @Test func contentsNameTheFileTheyCannotRead() throws {
        let url = try Self.sparseFile(size: 2 << 20)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: ToolFailure.tooLarge(url.path, limit: 1 << 20)) {
            try FileBytes.contents(atPath: url.path, limit: 1 << 20)
        }
        #expect(throws: ToolFailure.tooLarge("/dev/zero", limit: 1 << 20)) {
            try FileBytes.contents(atPath: "/dev/zero", limit: 1 << 20)
        }
        #expect(throws: ToolFailure.cannotRead("/nonexistent/a.yaml")) {
            try FileBytes.contents(atPath: "/nonexistent/a.yaml")
        }
        #expect(try FileBytes.contents(atPath: url.path, limit: 2 << 20).count == 2 << 20)
    }

    @Test func aFileWhoseNameIsNotUTF8IsReadByItsBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("iop-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = RawPath(folder.path).appending(RawPath(bytes: Array("bilaga-".utf8) + [0xE4] + Array(".yaml".utf8)))
        let descriptor = path.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        try #require(descriptor >= 0)
        #expect(write(descriptor, "iop-lint: 1\n", 12) == 12)
        close(descriptor)
        #expect(FileBytes.read(at: path, limit: 64) == .bytes(Array("iop-lint: 1\n".utf8)))
        #expect(FileBytes.readCapped(at: path) == Array("iop-lint: 1\n".utf8))
        #expect(FileBytes.read(atPath: String(decoding: path.bytes, as: UTF8.self), limit: 64) == nil)
    }

    /// A named pipe reports no size: what comes through it is read in chunks until it ends.
    @Test func aPipeIsReadToItsEndAcrossChunks() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "iop-lint-fifo-\(UUID().uuidString)"
        ).path
        try #require(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        let written = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: path) else { return }
            handle.write(Data(written))
            try? handle.close()
        }
        writer.start()
        #expect(FileBytes.read(atPath: path, limit: 1 << 20) == .bytes(written))
    }

    /// A regular file is read into an array of its size, one byte more to see its end.
    @Test func aFileOfExactlyTheLimitIsReadWholeAndOneByteMoreIsRefused() throws {
        let url = try Self.sparseFile(size: 100_000)
        defer { try? FileManager.default.removeItem(at: url) }
        guard case .bytes(let bytes) = FileBytes.read(atPath: url.path, limit: 100_000) else {
            Issue.record("a file of exactly the limit was not read")
            return
        }
        #expect(bytes.count == 100_000 && bytes.prefix(12) == Array("iop-lint: 1\n".utf8)[...])
        #expect(FileBytes.read(atPath: url.path, limit: 99_999) == .tooLarge)
        #expect(FileBytes.readCapped(atPath: url.path, limit: 99_999)?.count == 100_000)
    }
}
