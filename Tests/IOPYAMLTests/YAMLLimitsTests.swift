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

    @Test func anAliasBombStopsAtTheAliasLimit() throws {
        let file = YAMLLoader().load(Self.billionLaughs)
        #expect(file.documents.isEmpty)
        let problem = try #require(file.problems.first)
        #expect(file.problems.count == 1)
        #expect(problem.kind == .tooManyAliasedNodes(limit: YAMLLimits.default.maxAliasedNodes))
        #expect(problem.path.description.hasPrefix("g["))
    }

    @Test func theAliasLimitCountsTheNodesEachAliasRepeats() throws {
        // Each `*a` repeats the list and its three items: four, then eight.
        let limits = YAMLLimits(maxAliasedNodes: 7)
        #expect(YAMLLoader(limits: limits).load("a: &a [1, 2, 3]\nb: *a\n").problems.isEmpty)
        let problem = try loadProblem("a: &a [1, 2, 3]\nb: *a\nc: *a\n", limits: limits)
        #expect(problem.kind == .tooManyAliasedNodes(limit: 7))
        #expect(problem.range.description == "3:4-3:6")
        #expect(problem.path.description == "c")
    }

    @Test func theNodeLimitCountsNodesAsWrittenWithAnAliasAsOne() throws {
        // The mapping, six keys and values written, two aliases: ten nodes.
        let limits = YAMLLimits(maxNodes: 10, maxAliasedNodes: 100)
        #expect(YAMLLoader(limits: limits).load("a: &a [1, 2, 3]\nb: *a\nc: *a\n").problems.isEmpty)
        let problem = try loadProblem("a: &a [1, 2, 3]\nb: *a\nc: *a\nd: 1\n", limits: limits)
        #expect(problem.kind == .tooManyNodes(limit: 10))
        #expect(problem.range.description == "4:1-4:2")
    }

    @Test func manyKeysWithoutAnyAliasAreNoAliasBomb() throws {
        let keys = 500_000
        var text = ""
        text.reserveCapacity(keys * 12)
        for key in 0..<keys { text += "k\(key): 1\n" }
        let file = YAMLLoader().load(text)
        #expect(file.problems.isEmpty)
        #expect(file.documents.first?.root.mapping?.count == keys)
        let tooMany = YAMLLoader(limits: YAMLLimits(maxNodes: 1_000)).load(text)
        #expect(tooMany.problems.map(\.kind) == [.tooManyNodes(limit: 1_000)])
    }

    @Test func theLimitsArePerDocument() throws {
        let limits = YAMLLimits(maxNodes: 10, maxAliasedNodes: 4)
        let file = YAMLLoader(limits: limits).load("a: &a [1, 2, 3]\nb: *a\n---\nb: &b [1, 2, 3]\nc: *b\n")
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
