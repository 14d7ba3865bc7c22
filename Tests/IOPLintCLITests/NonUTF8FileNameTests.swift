import Foundation
import TestSupport
import Testing

/// A file whose name is not UTF-8 (`bilaga-ä.yaml` written in Latin-1, where `ä` is the byte
/// 0xE4) is linted like any other, named on the command line or found in a folder, and shown
/// with that byte escaped: `bilaga-\xE4.yaml`.
@Suite struct NonUTF8FileNameTests {
    static let latin1Name = Array("bilaga-".utf8) + [0xE4] + Array(".yaml".utf8)
    static let shown = "bilaga-\\xE4.yaml"

    /// A new file in `folder` named by `name`'s bytes (`FileManager` takes names as strings only).
    static func createFile(named name: [UInt8], in folder: URL, content: String) throws {
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        }
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let bytes = Array(content.utf8)
        #expect(write(descriptor, bytes, bytes.count) == bytes.count)
    }

    /// Runs `iop-lint` with `name`'s bytes as its first argument, then `arguments`. `Process`
    /// passes arguments as strings, so `sh` makes the bytes: printf turns the octal escapes of its
    /// format (`\344`) into them.
    static func run(naming name: [UInt8], _ arguments: [String], in folder: URL) throws -> CLIRunner.Outcome {
        let octal = name.map { byte in
            let digits = String(byte, radix: 8)
            return "\\" + String(repeating: "0", count: 3 - digits.count) + digits
        }.joined()
        let script = "name=$(printf \"$1\"); shift; exec \"$0\" \"$name\" \"$@\""
        return try CLIRunner.run([octal] + arguments, in: folder, launcher: ["/bin/sh", "-c", script])
    }

    static func json(_ outcome: CLIRunner.Outcome) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    }

    @Test func aNamedFileIsLintedAndShownWithTheByteEscaped() throws {
        let folder = try CLIRunner.folder([:])
        defer { TemporaryFolder.remove(folder) }
        try Self.createFile(named: Self.latin1Name, in: folder, content: Fixtures.errorAndWarning)
        let text = try Self.run(naming: Self.latin1Name, [], in: folder)
        #expect(text.status == 1)
        #expect(text.stdout.contains("\(Self.shown):2:7: error: "))
        #expect(text.stdout.contains("\(Self.shown):3:1: warning: "))
        #expect(text.stderr.isEmpty)

        let json = try Self.run(naming: Self.latin1Name, ["--format", "json"], in: folder)
        #expect(json.status == 1)
        let report = try Self.json(json)
        #expect(report["files"] as? [String] == [Self.shown])
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        #expect(findings.allSatisfy { $0["file"] as? String == Self.shown })
    }

    @Test func aFolderWalkFindsTheFile() throws {
        let folder = try CLIRunner.folder(["avtal/ok.yaml": Fixtures.clean])
        defer { TemporaryFolder.remove(folder) }
        try Self.createFile(
            named: Self.latin1Name, in: folder.appendingPathComponent("avtal"), content: Fixtures.warningOnly)
        let text = try CLIRunner.run(["avtal"], in: folder)
        #expect(text.status == 0)
        #expect(text.stdout.contains("avtal/\(Self.shown):2:1: warning: "))
        #expect(text.stdout.contains("in 2 files"))

        let json = try CLIRunner.run(["avtal", "--format", "json"], in: folder)
        #expect(json.status == 0)
        #expect(try Self.json(json)["files"] as? [String] == ["avtal/\(Self.shown)", "avtal/ok.yaml"])

        let sarif = try CLIRunner.run(["avtal", "--format", "sarif"], in: folder)
        #expect(sarif.stdout.contains("\"avtal/bilaga-%E4.yaml\""))
        #expect(!sarif.stdout.contains("%5C"))
    }

    @Test func aNameWithControlCharactersCannotSteerTheTerminal() throws {
        let name = [0x1B] + Array("]0;x".utf8) + [0x07, 0xFF] + Array(".yaml".utf8)
        let folder = try CLIRunner.folder([:])
        defer { TemporaryFolder.remove(folder) }
        try Self.createFile(named: name, in: folder, content: Fixtures.errorAndWarning)
        for outcome in [try Self.run(naming: name, [], in: folder), try CLIRunner.run(["."], in: folder)] {
            #expect(outcome.status == 1)
            #expect(!outcome.stdout.contains("\u{1B}") && !outcome.stdout.contains("\u{07}"))
            #expect(outcome.stdout.contains("\\u{1B}]0;x\\u{7}\\xFF.yaml:2:7: error: "))
        }
    }

    @Test func aMissingFileIsNamedWithTheByteEscaped() throws {
        let folder = try CLIRunner.folder([:])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try Self.run(naming: Self.latin1Name, [], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains(Self.shown))
    }
}
