import Foundation
import IOPYAML
import Testing

/// `docs/ci.md` and `.pre-commit-hooks.yaml` stay usable: every YAML they hold is valid (read
/// with iop-lint's own YAML loader), the workflow does what the guide says, the hooks pick the
/// right files, and every iop-lint option the docs use exists.
@Suite struct CIGuideTests {
    static let guide = read("docs/ci.md")
    static let blocks = WritingRulesGuideTests.blocks(of: guide)
    static let yamlBlocks = blocks.filter { $0.info == "yaml" }

    static func read(_ path: String) -> String {
        (try? String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// The root node of `text`, after checking it loads without a problem.
    static func load(_ text: String, _ comment: Comment) throws -> YAMLNode {
        let file = YAMLLoader().load(text)
        #expect(file.problems.isEmpty, comment)
        return try #require(file.documents.first?.root, comment)
    }

    /// The YAML block whose first line is the comment `# NAME`.
    static func block(named name: String) throws -> WritingRulesGuideTests.Block {
        try #require(yamlBlocks.first { $0.text.hasPrefix("# \(name)\n") }, "docs/ci.md shows \(name)")
    }

    @Test func theGuideHasItsYAMLBlocks() {
        #expect(
            Self.yamlBlocks.map { $0.text.prefix { $0 != "\n" } } == [
                "# .iop-lint.yml", "# .github/workflows/iop-lint-action.yml", "# .github/workflows/iop-lint.yml",
                "# .gitlab-ci.yml", "# .pre-commit-config.yaml", "# .github/workflows/iop-lint-shards.yml",
            ])
    }

    @Test(arguments: yamlBlocks.map(\.line))
    func everyYAMLBlockIsValidYAML(line: Int) throws {
        let block = try #require(Self.yamlBlocks.first { $0.line == line })
        _ = try Self.load(block.text, "the yaml block at docs/ci.md:\(line)")
    }

    @Test func theWorkflowUploadsSARIFAnnotatesAndSummarises() throws {
        let workflow = try Self.load(try Self.block(named: ".github/workflows/iop-lint.yml").text, "workflow")
        #expect(workflow["on"]?["pull_request"] != nil)
        #expect(workflow["permissions"]?["security-events"]?.scalar?.value == "write")
        let job = try #require(workflow["jobs"]?.mapping?.first?.value)
        #expect(job["runs-on"]?.scalar?.value.hasPrefix("ubuntu") == true)
        let steps = try #require(job["steps"]?.sequence)
        for step in steps {
            #expect((step["uses"] == nil) != (step["run"] == nil), "each step either uses an action or runs a command")
            #expect(step["name"] != nil)
        }
        let uses = steps.compactMap { $0["uses"]?.scalar?.value }
        #expect(uses.contains("github/codeql-action/upload-sarif@v4"))
        let scripts = steps.compactMap { $0["run"]?.scalar?.value }.joined(separator: "\n")
        #expect(scripts.contains("libyaml-dev libmimalloc-dev"))
        #expect(scripts.contains("--format sarif --output iop-lint.sarif"))
        #expect(scripts.contains("--format github"))
        #expect(scripts.contains(#"--format markdown >> "$GITHUB_STEP_SUMMARY""#))
        #expect(scripts.contains(#"--baseline "$BASELINE""#))
        let upload = try #require(steps.first { $0["uses"]?.scalar?.value.contains("upload-sarif") == true })
        #expect(upload["with"]?["sarif_file"]?.scalar?.value == "iop-lint.sarif")
    }

    @Test func theGitLabJobKeepsItsJUnitReport() throws {
        let root = try Self.load(try Self.block(named: ".gitlab-ci.yml").text, "GitLab CI")
        let job = try #require(root["iop-lint"])
        #expect(job["artifacts"]?["reports"]?["junit"]?.scalar?.value == "iop-lint.xml")
        #expect(job["artifacts"]?["when"]?.scalar?.value == "always")
        let script = job["script"]?.sequence?.compactMap { $0.scalar?.value } ?? []
        #expect(script.contains { $0.contains("--format junit --output iop-lint.xml") })
    }

    /// The hooks of `.pre-commit-hooks.yaml` by id.
    static func hooks() throws -> [String: YAMLNode] {
        let root = try load(read(".pre-commit-hooks.yaml"), ".pre-commit-hooks.yaml")
        let hooks = try #require(root.sequence)
        return Dictionary(
            uniqueKeysWithValues: hooks.compactMap { hook in hook["id"]?.scalar.map { ($0.value, hook) } })
    }

    @Test func preCommitHooksBuildOrFindIOPLint() throws {
        let hooks = try Self.hooks()
        #expect(Set(hooks.keys) == ["iop-lint", "iop-lint-system"])
        #expect(hooks["iop-lint"]?["language"]?.scalar?.value == "swift")
        #expect(hooks["iop-lint-system"]?["language"]?.scalar?.value == "system")
        for hook in hooks.values {
            #expect(hook["entry"]?.scalar?.value == "iop-lint")
            #expect(hook["name"] != nil)
        }
    }

    @Test(arguments: [
        ("avtal/läxhjälp.yaml", true), ("utkast.yml", true), ("avtal/2019/gammalt utkast.yaml", true),
        (".iop-lint.yml", false), ("avtal/.iop-lint.yml", false), ("rules/goteborg.yml", false),
        (".github/workflows/iop-lint.yml", false), (".gitlab-ci.yml", false), (".pre-commit-config.yaml", false),
        ("README.md", false), ("avtal/notes.yaml.txt", false),
    ])
    func preCommitHooksTakeAgreementsOnly(path: String, taken: Bool) throws {
        for (id, hook) in try Self.hooks() {
            let files = try NSRegularExpression(pattern: try #require(hook["files"]?.scalar?.value))
            let exclude = try NSRegularExpression(pattern: try #require(hook["exclude"]?.scalar?.value))
            // pre-commit matches with Python's re.search: anywhere in the path.
            let range = NSRange(path.startIndex..., in: path)
            let matches =
                files.firstMatch(in: path, range: range) != nil && exclude.firstMatch(in: path, range: range) == nil
            #expect(matches == taken, "\(id): \(path)")
        }
    }

    @Test func thePreCommitConfigNamesAHookThatExists() throws {
        let config = try Self.load(try Self.block(named: ".pre-commit-config.yaml").text, "pre-commit config")
        let hooks = config["repos"]?.sequence?.first?["hooks"]?.sequence ?? []
        let ids = hooks.compactMap { $0["id"]?.scalar?.value }
        #expect(!ids.isEmpty)
        #expect(Set(ids).isSubset(of: Set(try Self.hooks().keys)))
    }

    /// Every `--option` given to iop-lint in a code block of the CI guide or the baseline guide.
    static let optionsUsed: [String] = {
        let commands = (blocks + WritingRulesGuideTests.blocks(of: read("docs/baseline.md"))).flatMap { block in
            WritingRulesGuideTests.lines(block.text).compactMap(iopLintArguments)
        }
        let options = commands.flatMap { $0.filter { $0.hasPrefix("--") }.map { String($0.prefix { $0 != "=" }) } }
        return Array(Set(options)).sorted()
    }()

    /// The words after `iop-lint` when `line` runs it (in a shell line, a YAML `run:` or a list item).
    static func iopLintArguments(_ line: String) -> [String]? {
        var words = line.split(separator: " ").map(String.init)
        while let first = words.first, ["-", "run:", "$"].contains(first) { words.removeFirst() }
        guard words.first == "iop-lint" else { return nil }
        return Array(words.dropFirst().prefix { $0 != "#" && $0 != "||" && $0 != ">>" })
    }

    @Test func theGuidesUseOptionsThatExist() throws {
        let help = try CLIRunner.run(["lint", "--help"]).stdout
            .split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        #expect(Self.optionsUsed.contains("--baseline"))
        #expect(Self.optionsUsed.contains("--write-baseline"))
        for option in Self.optionsUsed {
            #expect(help.contains(option), "iop-lint lint has \(option)")
        }
    }
}
