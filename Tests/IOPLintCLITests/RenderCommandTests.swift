import Foundation
import TestSupport
import Testing

/// `iop-lint render`, end to end.
@Suite struct RenderCommandTests {
    @Test func rendersMarkdownToStandardOutput() throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.clean])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["render", "a.yaml", "--format", "markdown"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "# Läxhjälp i Gottsunda\n\n*Idéburet offentligt partnerskap (IOP)*\n")
    }

    @Test func writesWordBesideTheAgreement() throws {
        let folder = try CLIRunner.folder(["utkast.yaml": Fixtures.clean])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["render", "utkast.yaml"], in: folder, environment: ["LANG": "sv_SE.UTF-8"])
        #expect(outcome.status == 0)
        #expect(outcome.stderr == "iop-lint: skrev utkast.docx\n")
        let data = try Data(contentsOf: folder.appendingPathComponent("utkast.docx"))
        #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func formatErrorsAreListedAndNothingIsWritten() throws {
        let folder = try CLIRunner.folder(["e.yaml": Fixtures.errorAndWarning])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["render", "e.yaml", "--format", "html", "-o", "e.html"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("e.yaml:2:7: error:"))
        #expect(outcome.stderr.contains("[format/type]"))
        #expect(outcome.stderr.hasSuffix("iop-lint: not rendered: fix the format errors first\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("e.html").path))
    }

    @Test func aMissingFileExitsTwo() throws {
        let outcome = try CLIRunner.run(["render", "no/such.yaml"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("cannot read no/such.yaml"))
    }

    @Test func lintGivenAWordDocumentSaysHowToImportIt() throws {
        let folder = try CLIRunner.folder(["utkast.docx": "PK"])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["utkast.docx"], in: folder)
        #expect(outcome.status == 2)
        #expect(
            outcome.stderr
                == "iop-lint: error: utkast.docx is a Word document; import it as an agreement first: iop-lint import utkast.docx -o utkast.yaml, then lint utkast.yaml\n"
        )
    }

    @Test func aDeviceWithoutEndIsReadOnlyToTheLimit() throws {
        let outcome = try CLIRunner.run(["render", "/dev/zero", "--format", "markdown", "--lang", "sv"])
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == "iop-lint: fel: /dev/zero är större än 16 MiB och lästes inte\n")
    }
}
