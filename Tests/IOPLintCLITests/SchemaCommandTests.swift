import Foundation
import TestSupport
import Testing

/// `iop-lint schema`, against the built binary.
@Suite struct SchemaCommandTests {
    @Test func printsTheSchemaInTheLanguageAskedFor() throws {
        for (language, file) in [("en", "agreement.schema.json"), ("sv", "agreement.sv.schema.json")] {
            let outcome = try CLIRunner.run(["schema", "--lang", language])
            let committed = try String(
                contentsOf: CLIRunner.packageRoot.appending(path: "schemas/\(file)"), encoding: .utf8)
            #expect(outcome.status == 0)
            #expect(outcome.stdout == committed)
        }
    }

    @Test func theLanguageComesFromTheEnvironmentWhenNotGiven() throws {
        let outcome = try CLIRunner.run(["schema"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(outcome.stdout.contains("\"title\" : \"Överenskommelse för iop-lint (format 1)\""))
    }

    @Test func writesTheSchemaToAFile() throws {
        let folder = try CLIRunner.folder([:])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["schema", "--lang", "en", "-o", "agreement.schema.json"], in: folder)
        let written = try String(contentsOf: folder.appending(path: "agreement.schema.json"), encoding: .utf8)
        #expect(outcome.status == 0 && outcome.stdout.isEmpty)
        #expect(written.hasPrefix("{\n  \"$schema\" : \"https://json-schema.org/draft/2020-12/schema\""))
    }

    @Test func anUnwritableFileOrAnUnknownLanguageExitsWithTwo() throws {
        let unwritable = try CLIRunner.run(["schema", "-o", "/nonexistent-folder/agreement.schema.json"])
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.contains("cannot write /nonexistent-folder/agreement.schema.json"))
        #expect(try CLIRunner.run(["schema", "--lang", "de"]).status == 2)
    }
}
