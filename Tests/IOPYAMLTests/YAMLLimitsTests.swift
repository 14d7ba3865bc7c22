import IOPYAML
import Testing

/// The bounds that keep loading small and fast whatever the input.
@Suite struct YAMLLimitsTests {
    /// A "billion laughs": nine levels of nine aliases each, 10⁹ nodes once expanded.
    static let billionLaughs: String = {
        var lines = ["a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        let names = "abcdefghi".map(String.init)
        for (previous, name) in zip(names, names.dropFirst()) {
            let aliases = Array(repeating: "*\(previous)", count: 9).joined(separator: ", ")
            lines.append("\(name): &\(name) [\(aliases)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func anAliasBombStopsAtTheNodeBudget() throws {
        let file = YAMLLoader().load(Self.billionLaughs)
        #expect(file.documents.isEmpty)
        let problem = try #require(file.problems.first)
        #expect(file.problems.count == 1)
        #expect(problem.kind == .tooManyNodes(limit: YAMLLimits.default.maxNodes))
        #expect(problem.path.description.hasPrefix("g["))
    }

    @Test func theNodeBudgetCountsAliasesExpanded() throws {
        // Six nodes (mapping, key, sequence of three), the key `b`, and four through the alias.
        let problem = try loadProblem("a: &a [1, 2, 3]\nb: *a\n", limits: YAMLLimits(maxNodes: 10))
        #expect(problem.kind == .tooManyNodes(limit: 10))
        #expect(problem.range.description == "2:4-2:6")
        #expect(problem.path.description == "b")
    }

    @Test func theNodeBudgetIsPerDocument() throws {
        let file = YAMLLoader(limits: YAMLLimits(maxNodes: 10)).load("a: &a [1, 2, 3]\n---\nb: [1, 2, 3]\n")
        #expect(file.problems.isEmpty)
        #expect(file.documents.count == 2)
    }

    @Test func deepFlowNestingIsReportedWithoutOverflowingTheStack() throws {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let problem = try loadProblem(text)
        #expect(problem.kind == .nestingTooDeep(limit: 256))
        #expect(problem.range.description == "1:257-1:258")
        #expect(problem.path.components.count == 256)
    }

    @Test func deepBlockNestingIsReportedWithoutOverflowingTheStack() throws {
        let text = String(repeating: "- ", count: 100_000) + "x\n"
        let problem = try loadProblem(text)
        #expect(problem.kind == .nestingTooDeep(limit: 256))
        #expect(problem.range.start.description == "1:513")
    }

    @Test func nestingUpToTheLimitLoads() throws {
        let loader = YAMLLoader(limits: YAMLLimits(maxDepth: 3))
        #expect(loader.load("[[{a: x}]]").problems.isEmpty)
        // The outer mapping is the first level, so `{` is the fourth.
        let problems = loader.load("å: [[{a: x}]]").problems
        #expect(problems.map(\.kind) == [.nestingTooDeep(limit: 3)])
        #expect(problems.first?.range.description == "1:6-1:7")
        #expect(problems.first?.path.description == "å[0][0]")
    }

    @Test func aFileLargerThanTheLimitIsNotRead() throws {
        let loader = YAMLLoader(limits: YAMLLimits(maxBytes: 8))
        #expect(loader.load("a: 12345").problems.isEmpty)
        let file = loader.load("a: 123456")
        #expect(file.problems.map(\.kind) == [.fileTooLarge(limit: 8)])
        #expect(file.problems.first?.range.description == "1:1-1:1")
        #expect(file.documents.isEmpty)
    }
}
