import ArgumentParser
import Testing

@testable import iop_lint

/// The common command lines read without the argument parser give the command the parser gives.
@Suite struct CommonCommandLineTests {
    /// Every option and option group of the command, as the parser's own descriptions show them
    /// (an option the parser never set shows as a definition, not a value).
    static func described(_ command: LintCommand) -> String {
        String(describing: command)
    }

    static func parsed(_ arguments: [String]) throws -> LintCommand {
        try #require(try IOPLint.parseAsRoot(arguments) as? LintCommand)
    }

    @Test(arguments: [
        [], ["a.yaml"], ["agreements", "b.yml", "mapp med mellanslag/c.yaml"], ["lint.yaml"],
        ["a.yaml", "--format", "json"], ["-f", "sarif", "a.yaml", "b.yaml"], ["--quiet", "a.yaml"], ["a.yaml", "-q"],
        ["--lang", "sv", "a.yaml"], ["--fail-on", "warning", "a.yaml"], ["--fail-on", "never"],
        ["-f", "github", "--lang", "en", "-q", "--fail-on", "info", "x", "y"], ["--jobs", "2", "a.yaml"],
        ["a.yaml", "-j", "1"], ["--max-warnings", "0", "a.yaml"], ["--max-warnings", "+12", "-j", "3", "a", "b"],
        ["--config", "ci/.iop-lint.yml", "a.yaml"], ["a.yaml", "-c", "x.yml"],
        ["--disable", "core/parties", "a.yaml", "--disable", "iop/ownership"],
        [
            "--pack", "iop", "--pack", "core", "--enable", "klarsprak/readability", "-r", "rules/", "--rules", "x.yml",
            "a",
        ],
        ["-c", "konfiguration med mellanslag.yml", "--pack", "icld", "-f", "json", "-j", "2", "agreements"],
    ])
    func commonCommandLinesGiveTheParsersCommand(_ arguments: [String]) throws {
        let command = try #require(CommonCommandLine.lintCommand(arguments))
        #expect(Self.described(command) == Self.described(try Self.parsed(arguments)))
    }

    @Test func everyOptionOfTheBuiltCommandHasAValue() throws {
        let command = try #require(CommonCommandLine.lintCommand(["a.yaml"]))
        #expect(!Self.described(command).contains("definition"))
        // The description would show an option left unset, and shows the values set.
        #expect(Self.described(LintCommand()).contains("definition"))
        #expect(Self.described(command).contains("a.yaml"))
        #expect(command.paths == ["a.yaml"])
        #expect(command.output.format == .text)
    }

    @Test(arguments: [
        ["-"], ["--"], ["a.yaml", "-"], ["--version"], ["--help"], ["-h"], ["lint", "a.yaml"], ["rules"], ["help"],
        ["a.yaml", "schema"], [""], ["--format=json", "a.yaml"], ["--format", "yaml", "a.yaml"],
        ["a.yaml", "--format"],
        ["-f", "json", "-f", "text"], ["-q", "--quiet"], ["--lang", "de"], ["--fail-on", "errors"], ["-qf", "json"],
        ["--cache", "a.yaml"], ["--verbose"], ["--generate-completion-script", "bash"], ["--jobs", "0", "a.yaml"],
        ["--jobs", "-1", "a.yaml"], ["-j", "two"], ["--jobs=2", "a.yaml"], ["-j", "2", "--jobs", "2"],
        ["a.yaml", "-j"],
        ["--max-warnings", "-1"], ["--max-warnings", "1.5"], ["--max-warnings", "0x10"],
        ["-c", "a.yml", "--config", "b.yml"], ["--config"], ["a.yaml", "--disable"], ["--disable", "-q", "a.yaml"],
        ["--pack", ""], ["--pack", "lint", "a.yaml"], ["--config=x.yml"], ["--disable=core/parties"], ["-rx.yml"],
    ])
    func anythingElseIsLeftToTheParser(_ arguments: [String]) {
        #expect(CommonCommandLine.lintCommand(arguments) == nil)
    }

    @Test func everyCommandNameIsKnown() {
        for name in ["lint", "rules", "explain", "test", "import", "render", "lsp", "schema", "init", "merge", "help"] {
            #expect(CommonCommandLine.commandNames.contains(name))
        }
    }
}

extension CommonCommandLine {
    /// The `lint` command `arguments` (without the program's name) stand for, when they are of
    /// the common kind, as `main.swift` makes it; `nil` for any other command line.
    static func lintCommand(_ arguments: [String]) -> LintCommand? {
        line(arguments)?.command
    }
}
