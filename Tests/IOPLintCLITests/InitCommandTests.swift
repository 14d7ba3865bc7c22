import Foundation
import Testing

/// `iop-lint init`, against the built binary.
@Suite struct InitCommandTests {
    @Test func printsAStarterAgreementThatLintsWithoutFormatFindings() throws {
        let folder = try CLIRunner.folder([:], formatOnly: false)
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
}
