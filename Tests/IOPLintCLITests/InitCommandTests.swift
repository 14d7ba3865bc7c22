import Foundation
import TestSupport
import Testing

/// `iop-lint init`, against the built binary.
@Suite struct InitCommandTests {
    @Test func printsAStarterAgreementThatLintsWithoutFormatFindings() throws {
        let folder = try CLIRunner.folder([:], formatOnly: false)
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["init", "--kind", "samverkan", "--lang", "sv"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("# yaml-language-server: $schema=agreement.schema.json\n"))
        #expect(outcome.stdout.contains("\nkind: samverkan\nlanguage: sv\nstatus: draft\n"))
        let lint = try CLIRunner.run(["-", "--format", "json"], in: folder, stdin: outcome.stdout)
        #expect(lint.status == 1)
        #expect(!lint.stdout.contains("\"format/") && lint.stdout.contains("\"klarsprak/placeholders\""))
    }

    @Test func writesTheFileAndRefusesToOverwriteItWithoutForce() throws {
        let folder = try CLIRunner.folder([:])
        defer { TemporaryFolder.remove(folder) }
        let first = try CLIRunner.run(["init", "--lang", "en", "-o", "avtal.yaml"], in: folder)
        #expect(first.status == 0 && first.stdout.isEmpty)
        let written = try String(contentsOf: folder.appending(path: "avtal.yaml"), encoding: .utf8)
        #expect(written.contains("\nkind: iop\nlanguage: en\n"))

        try "mitt utkast\n".write(to: folder.appending(path: "avtal.yaml"), atomically: true, encoding: .utf8)
        let again = try CLIRunner.run(["init", "--kind", "overenskommelse", "-o", "avtal.yaml"], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr.contains("avtal.yaml already exists; use --force to overwrite it"))
        #expect(try String(contentsOf: folder.appending(path: "avtal.yaml"), encoding: .utf8) == "mitt utkast\n")

        let forced = try CLIRunner.run(
            ["init", "--kind", "overenskommelse", "-o", "avtal.yaml", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(
            try String(contentsOf: folder.appending(path: "avtal.yaml"), encoding: .utf8).contains(
                "kind: overenskommelse"))
    }

    @Test func theSchemaLineCanNameAnotherLocation() throws {
        let outcome = try CLIRunner.run(["init", "--schema", "../schemas/agreement.sv.schema.json"])
        #expect(outcome.stdout.hasPrefix("# yaml-language-server: $schema=../schemas/agreement.sv.schema.json\n"))
    }

    @Test func anUnknownKindExitsWithTwo() throws {
        let outcome = try CLIRunner.run(["init", "--kind", "avtal"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("avtal"))
    }

    @Test func theReadmesFirstStepsWork() throws {
        let readme = try String(contentsOf: CLIRunner.packageRoot.appending(path: "README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Write an agreement\n").dropFirst().first)
        let block = try #require(
            section.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        let commands = block.split(separator: "\n").map { line in
            line.split(separator: "#", maxSplits: 1)[0].split(separator: " ").map(String.init)
        }
        #expect(commands.map { $0.first } == ["iop-lint", "iop-lint", "iop-lint"])
        let folder = try CLIRunner.folder([:], formatOnly: false)
        defer { TemporaryFolder.remove(folder) }
        let statuses = try commands.map { try CLIRunner.run(Array($0.dropFirst()), in: folder).status }
        #expect(statuses == [0, 0, 1])
        let draft = try String(contentsOf: folder.appending(path: "avtal.yaml"), encoding: .utf8)
        let schemaLine = try #require(draft.split(separator: "\n").first)
        let schemaFile = String(schemaLine.split(separator: "=").last ?? "")
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: schemaFile).path))
    }
}
