import Foundation
import TestSupport
import Testing

/// Options of `iop-lint [lint]`, against the built binary.
@Suite struct LintCommandTests {
    @Test func lintIsTheDefaultCommand() throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.errorAndWarning])
        defer { TemporaryFolder.remove(folder) }
        let implicit = try CLIRunner.run(["a.yaml"], in: folder)
        let explicit = try CLIRunner.run(["lint", "a.yaml"], in: folder)
        #expect(implicit.stdout == explicit.stdout)
        #expect(implicit.status == 1)
    }

    @Test func foldersAreWalkedForYAMLFilesSkippingHiddenOnes() throws {
        let folder = try CLIRunner.folder([
            "agreements/a.yaml": Fixtures.warningOnly, "agreements/sub/b.yml": Fixtures.warningOnly,
            "agreements/notes.txt": "not yaml", "agreements/.hidden/c.yaml": Fixtures.warningOnly,
            "agreements/.build/d.yaml": Fixtures.warningOnly,
        ])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["agreements"], in: folder)
        #expect(outcome.stdout.contains("agreements/a.yaml:2:1"))
        #expect(outcome.stdout.contains("agreements/sub/b.yml:2:1"))
        #expect(!outcome.stdout.contains("c.yaml"))
        #expect(!outcome.stdout.contains("d.yaml"))
        #expect(outcome.stdout.contains("in 2 files"))
    }

    @Test func noPathLintsTheCurrentFolder() throws {
        let folder = try CLIRunner.folder(["x/a.yaml": Fixtures.warningOnly])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run([], in: folder)
        #expect(outcome.stdout.contains("x/a.yaml:2:1"))
    }

    @Test func standardInputIsNamedByStdinFilename() throws {
        let outcome = try CLIRunner.run(["-", "--stdin-filename", "utkast.yaml"], stdin: Fixtures.syntaxError)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("utkast.yaml:4:1: error:"))
    }

    @Test func outputIsWrittenToTheFileAndNotToStandardOutput() throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.errorAndWarning])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "--format", "json", "--output", "report.json"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        let data = try Data(contentsOf: folder.appendingPathComponent("report.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test(arguments: ["text", "json", "jsonl", "sarif", "github", "junit", "markdown", "html"])
    func everyFormatIsAvailable(format: String) throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.errorAndWarning])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "--format", format], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("format/type"))
        switch format {
        case "json", "sarif":
            #expect(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) is [String: Any])
        case "jsonl":
            let types = try outcome.stdout.split(separator: "\n").map { line in
                try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["type"]
                    as? String
            }
            #expect(types == ["file", "finding", "finding", "summary"])
        case "github": #expect(outcome.stdout.hasPrefix("::error file=a.yaml,line=2,col=7,"))
        case "junit": #expect(outcome.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        case "html": #expect(outcome.stdout.hasPrefix("<!DOCTYPE html>"))
        default: break
        }
    }

    @Test func outputToADeviceKeepsTheDevice() throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.clean])
        defer { TemporaryFolder.remove(folder) }
        #expect(try CLIRunner.run(["a.yaml", "--output", "/dev/null"], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: "/dev/null"))
        let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
    }

    @Test func swedishMessagesWithLangOrEnvironment() throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.warningOnly])
        defer { TemporaryFolder.remove(folder) }
        let byOption = try CLIRunner.run(["a.yaml", "--lang", "sv"], in: folder)
        let byEnvironment = try CLIRunner.run(["a.yaml"], in: folder, environment: ["LANG": "sv_SE.UTF-8"])
        #expect(byOption.stdout.contains("varning: okänd nyckel `titel`"))
        #expect(byEnvironment.stdout == byOption.stdout)
    }

    @Test func languageVariablesInTheirOrder() throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.warningOnly])
        defer { TemporaryFolder.remove(folder) }
        let swedish = try CLIRunner.run(["a.yaml", "--lang", "sv"], in: folder).stdout
        let english = try CLIRunner.run(["a.yaml", "--lang", "en"], in: folder).stdout
        let cases: [([String: String], String)] = [
            (["LC_MESSAGES": "sv_SE.UTF-8"], swedish),
            (["LC_ALL": "sv_SE.UTF-8", "LANG": "en_GB.UTF-8"], swedish),
            (["LC_ALL": "C", "LC_MESSAGES": "sv_SE.UTF-8"], english),
            (["LC_MESSAGES": "en_US.UTF-8", "LANG": "sv_SE.UTF-8"], english),
            (["LC_ALL": "", "LANG": "sv_SE.UTF-8"], swedish),
        ]
        for (environment, expected) in cases {
            let outcome = try CLIRunner.run(["a.yaml"], in: folder, environment: environment)
            #expect(outcome.stdout == expected, "\(environment)")
        }
    }

    @Test func colourOnlyWhenAskedForOrOnATerminal() throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.errorAndWarning])
        defer { TemporaryFolder.remove(folder) }
        let always = try CLIRunner.run(["a.yaml", "--color", "always"], in: folder, environment: ["NO_COLOR": "1"])
        let auto = try CLIRunner.run(["a.yaml"], in: folder)
        #expect(always.stdout.contains("\u{1B}["))
        #expect(!auto.stdout.contains("\u{1B}["))
    }

    @Test func quietShowsErrorsOnly() throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.errorAndWarning])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "--quiet"], in: folder)
        #expect(outcome.stdout.contains("format/type"))
        #expect(!outcome.stdout.contains("format/unknown-key"))
    }

    @Test func outputDoesNotDependOnJobs() throws {
        var files: [String: String] = [:]
        for index in 0..<24 {
            files["f\(index).yaml"] =
                index % 3 == 0 ? Fixtures.errorAndWarning : index % 3 == 1 ? Fixtures.syntaxError : Fixtures.warningOnly
        }
        let folder = try CLIRunner.folder(files)
        defer { TemporaryFolder.remove(folder) }
        let one = try CLIRunner.run([".", "--jobs", "1", "--format", "json"], in: folder)
        let many = try CLIRunner.run([".", "--jobs", "8", "--format", "json"], in: folder)
        #expect(one.stdout == many.stdout)
        #expect(one.status == many.status)
    }

    @Test(arguments: ["text", "jsonl", "github"])
    func streamedOutputDoesNotDependOnJobsOrWhereItGoes(format: String) throws {
        var files: [String: String] = [:]
        for index in 0..<40 {
            files["f\(index).yaml"] =
                index % 3 == 0 ? Fixtures.errorAndWarning : index % 3 == 1 ? Fixtures.syntaxError : Fixtures.warningOnly
        }
        let folder = try CLIRunner.folder(files)
        defer { TemporaryFolder.remove(folder) }
        let one = try CLIRunner.run([".", "--jobs", "1", "--format", format], in: folder)
        let many = try CLIRunner.run([".", "--jobs", "8", "--format", format], in: folder)
        let toFile = try CLIRunner.run([".", "--format", format, "--output", "report.out"], in: folder)
        #expect(one.stdout == many.stdout)
        #expect(one.status == 1 && many.status == 1 && toFile.status == 1)
        #expect(toFile.stdout.isEmpty)
        #expect(try String(contentsOf: folder.appendingPathComponent("report.out"), encoding: .utf8) == one.stdout)
        if format == "text" {
            // Files in output order, sorted by path: f0, f1, f10, f11, …
            let shown = one.stdout.split(separator: "\n").compactMap { $0.split(separator: ":").first }
                .filter { $0.hasSuffix(".yaml") }
            #expect(shown.first == "f0.yaml")
            #expect(shown == shown.sorted())
        }
    }

    @Test func theExamplesAreLinted() throws {
        let outcome = try CLIRunner.run(["examples/"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("examples/"))
    }
}
