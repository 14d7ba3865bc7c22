import Foundation
import Testing

/// `docs/writing-rules.md` stays true to the program: the rule files it shows are the files in
/// `docs/examples/`, they pass their own examples, and every command it shows (`$ iop-lint …`)
/// prints what the guide says it prints.
@Suite struct WritingRulesGuideTests {
    /// A fenced code block of the guide.
    struct Block {
        /// What follows the opening backticks: `yaml`, `console`, or `yaml FILE` for an excerpt.
        var info: String
        /// The lines between the fences, each ending in a newline.
        var text: String
        /// 1-based line of the opening fence.
        var line: Int
    }

    /// A command shown in a `console` block, and the output shown below it.
    struct Transcript: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var output: String
        var line: Int

        var testDescription: String { "line \(line): iop-lint \(arguments.joined(separator: " "))" }
    }

    static let examples = CLIRunner.packageRoot.appendingPathComponent("docs/examples")
    static let guide =
        (try? String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("docs/writing-rules.md"), encoding: .utf8))
        ?? ""
    /// The rule file that is broken on purpose (section 12).
    static let brokenFile = "trasig.yml"

    /// The rule files of `docs/examples/` that must pass their own examples.
    static let ruleFiles: [String] = exampleFiles(ending: ".yml").filter { $0 != brokenFile }

    static let transcripts: [Transcript] = blocks(of: guide).compactMap { block in
        guard block.info == "console", block.text.hasPrefix("$ iop-lint ") else { return nil }
        let lines = Self.lines(block.text)
        let arguments = lines[0].dropFirst("$ iop-lint ".count).split(separator: " ").map(String.init)
        return Transcript(arguments: arguments, output: lines.dropFirst().joined(separator: "\n"), line: block.line)
    }

    // MARK: The guide and the files agree

    @Test func theGuideShowsItsRuleFilesAndCommands() {
        let ruleBlocks = Self.blocks(of: Self.guide).filter {
            $0.info == "yaml" && $0.text.hasPrefix("iop-lint-rules:")
        }
        #expect(ruleBlocks.count >= 4, "min-kommun, goteborg, uppsala and the broken file")
        #expect(Self.transcripts.count >= 8)
        #expect(Self.ruleFiles.count >= 3)
    }

    @Test func everyRuleFileInTheGuideIsAnExampleFileByteForByte() throws {
        let files = try Dictionary(
            uniqueKeysWithValues: Self.exampleFiles(ending: ".yml").map { ($0, try Self.read($0)) })
        let shown = Self.blocks(of: Self.guide).filter { $0.info == "yaml" && $0.text.hasPrefix("iop-lint-rules:") }
        for block in shown {
            let isAFile = files.values.contains(block.text)
            #expect(
                isAFile, "the rule file at line \(block.line) of the guide differs from every file in docs/examples/")
        }
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            let isShown = shown.contains { $0.text == text }
            #expect(isShown, "docs/examples/\(name) is not shown in full in the guide")
        }
    }

    @Test func everyExcerptInTheGuideIsCutFromItsFile() throws {
        for block in Self.blocks(of: Self.guide) where block.info.hasPrefix("yaml ") {
            let name = String(block.info.dropFirst("yaml ".count))
            let fileLines = try Self.read(name).components(separatedBy: "\n")
            let excerpt = Self.lines(block.text)
            let found = fileLines.indices.contains { start in
                start + excerpt.count <= fileLines.count
                    && Self.dedented(Array(fileLines[start..<start + excerpt.count])) == excerpt
            }
            #expect(found, "the excerpt at line \(block.line) of the guide is not in docs/examples/\(name)")
        }
    }

    // MARK: The example rule files work

    @Test(arguments: ruleFiles) func exampleRuleFilePassesItsOwnExamples(file: String) throws {
        let text = try Self.read(file)
        let pack = try #require(Self.lines(text).first { $0.hasPrefix("pack: ") }?.dropFirst("pack: ".count))
        let ids = Self.lines(text).filter { $0.hasPrefix("  - id: ") }.map { $0.dropFirst("  - id: ".count) }
        let outcome = try CLIRunner.run(["test", file], in: Self.examples)
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        let reports = Self.lines(outcome.stdout)
        #expect(!reports.contains { $0.hasPrefix("FAIL ") || $0.hasPrefix("untested ") })
        for id in ids {
            #expect(outcome.stdout.contains("ok \(pack)/\(id) ("), "rule \(pack)/\(id) is not reported ok")
        }
        #expect(outcome.stdout.contains("\(ids.count) ok, 0 failed, 0 untested"))
    }

    @Test func theBrokenRuleFileIsRejectedWithEveryMistake() throws {
        let outcome = try CLIRunner.run(["test", Self.brokenFile], in: Self.examples)
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(
            outcome.stderr.components(separatedBy: "\n").filter { !$0.isEmpty } == [
                "iop-lint: error: trasig.yml:5:5: `rules[0]` needs the key `message`",
                "iop-lint: error: trasig.yml:8:7: `rules[0].summary` is missing its `sv` text: give both `en` and `sv`",
                "iop-lint: error: trasig.yml:9:5: unknown key `mesage` in `rules[0]`; did you mean `message`?",
                "iop-lint: error: trasig.yml:13:14: unknown check `non-emtpy`; did you mean `non-empty`?",
                "iop-lint: error: trasig.yml:18:27: invalid selector `parties[?type public].mandate`: expected `=` or `!=`",
            ])
    }

    // MARK: The worked example

    @Test func lintingTheAgreementGivesTheFindingsOfTheGuide() throws {
        let outcome = try CLIRunner.run(
            ["lint", "-r", "goteborg.yml", "--pack", "goteborg", "avtal.yaml"], in: Self.examples)
        #expect(outcome.status == 0, "warnings and info only")
        let findings = outcome.stdout.components(separatedBy: "\n").filter {
            $0.hasPrefix("avtal.yaml:") && $0.hasSuffix("]")
        }
        #expect(
            findings == [
                "avtal.yaml:20:29: warning: Amina Yusuf is named as the party's representative but does not sign for it. [goteborg/signed-by-representative]",
                "avtal.yaml:22:9: warning: The party `abf-goteborg` has no contact person under contacts. [goteborg/contact-per-party]",
                "avtal.yaml:52:20: warning: “stärka” says in which direction, but not how much: put a number in the same sentence. [goteborg/measurable-goal]",
                "avtal.yaml:93:13: info: Say how the parties honour principles.openness in at least 6 words (now 3). [goteborg/principles-described]",
                "avtal.yaml:106:23: warning: Plan an external evaluation at least every four years (type: external, every-years: 4 or less). [goteborg/external-evaluation]",
            ])
        #expect(
            outcome.stdout.hasSuffix(
                "\n4 warnings, 1 info in 1 file\navtal.yaml: Göteborgs Stad's requirements: 0 of 3 points met; "
                    + "not met: 1 The parties know each other, 2 The principles are described, 3 Follow-up and evaluation\n"
            ))
        let strict = try CLIRunner.run(
            ["lint", "-r", "goteborg.yml", "--pack", "goteborg", "--fail-on", "warning", "avtal.yaml"],
            in: Self.examples)
        #expect(strict.status == 1)
    }

    @Test func theAgreementPassesTheFormatAndTheUppsalaPack() throws {
        let outcome = try CLIRunner.run(
            ["lint", "-r", "uppsala.yml", "--pack", "format", "--pack", "uppsala", "avtal.yaml"], in: Self.examples)
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "No problems in 1 file\n")
    }

    @Test(arguments: transcripts) func everyCommandInTheGuidePrintsWhatTheGuideShows(transcript: Transcript) throws {
        let outcome = try CLIRunner.run(transcript.arguments, in: Self.examples)
        var printed = outcome.stdout + outcome.stderr
        while printed.hasSuffix("\n") { printed.removeLast() }
        #expect(printed == transcript.output)
    }

    // MARK: Helpers

    /// The fenced code blocks of a Markdown text; a block closes at a fence at least as long as
    /// the one that opened it, so a ```` block may hold ``` blocks.
    static func blocks(of markdown: String) -> [Block] {
        var blocks: [Block] = []
        var open: (fence: Int, info: String, line: Int, lines: [String])?
        for (index, line) in markdown.components(separatedBy: "\n").enumerated() {
            let ticks = line.prefix { $0 == "`" }.count
            if var current = open {
                if ticks >= current.fence, line.allSatisfy({ $0 == "`" }) {
                    blocks.append(
                        Block(
                            info: current.info, text: current.lines.map { $0 + "\n" }.joined(), line: current.line))
                    open = nil
                } else {
                    current.lines.append(line)
                    open = current
                }
            } else if ticks >= 3 {
                open = (ticks, String(line.dropFirst(ticks)).trimmingCharacters(in: .whitespaces), index + 1, [])
            }
        }
        return blocks
    }

    /// The lines of a text that ends in a newline, without that last empty line.
    static func lines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The lines with the indentation they all share removed.
    static func dedented(_ lines: [String]) -> [String] {
        let indent = lines.filter { !$0.allSatisfy(\.isWhitespace) }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }
    }

    static func exampleFiles(ending suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted()
    }

    static func read(_ name: String) throws -> String {
        try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)
    }
}
