import Foundation
import TestSupport
import Testing

/// `iop-lint import`, end to end: a rendered agreement comes back, bad files exit 2.
@Suite struct ImportCommandTests {
    @Test func renderedWordImportsToAnAgreementThatLints() throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.clean])
        defer { TemporaryFolder.remove(folder) }
        #expect(try CLIRunner.run(["render", "a.yaml", "-o", "a.docx"], in: folder).status == 0)
        let outcome = try CLIRunner.run(["import", "a.docx", "-o", "b.yaml"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stderr.hasPrefix("iop-lint: import: 2 values mapped, 0 guessed and marked TODO"))
        let yaml = try String(contentsOf: folder.appendingPathComponent("b.yaml"), encoding: .utf8)
        #expect(yaml.contains("title: \"Läxhjälp i Gottsunda\"\nkind: iop\n"))
        #expect(try CLIRunner.run(["b.yaml"], in: folder).status == 0)
    }

    static let oleHeader: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)

    @Test(arguments: [
        ("utkast.docx", Array("iop-lint: import\n".utf8), "not a Word document (.docx)"),
        ("skyddad.docx", oleHeader, "password-protected"),
        ("trasig.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "damaged"),
    ])
    func aFileThatIsNoWordDocumentExitsTwo(name: String, bytes: [UInt8], message: String) throws {
        let folder = try CLIRunner.folder([:])
        defer { TemporaryFolder.remove(folder) }
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        let outcome = try CLIRunner.run(["import", name], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.hasPrefix("iop-lint: error: \(name): "))
        #expect(outcome.stderr.contains(message))
    }

    @Test func messagesInSwedish() throws {
        let folder = try CLIRunner.folder(["x.docx": "inte en zip"])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["import", "x.docx", "--lang", "sv"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("fel: x.docx: inte ett Word-dokument (.docx)"))
    }

    @Test func aFileLargerThanAnyWordDocumentIsRefusedUnread() throws {
        let folder = try CLIRunner.folder([:])
        defer { TemporaryFolder.remove(folder) }
        try CLIRunner.sparseFile(folder.appendingPathComponent("stor.docx"), size: (256 << 20) + 1)
        let outcome = try CLIRunner.run(["import", "stor.docx"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == "iop-lint: error: stor.docx is larger than 256 MiB and was not read\n")
    }
}
