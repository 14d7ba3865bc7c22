import IOPYAML
import Testing

/// Loads `text`, expecting exactly one document and no problem, and gives its root.
func loadRoot(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> YAMLNode {
    let file = YAMLLoader().load(text)
    #expect(file.problems.isEmpty, "unexpected problems: \(file.problems)", sourceLocation: sourceLocation)
    #expect(file.documents.count == 1, sourceLocation: sourceLocation)
    return try #require(file.documents.first, sourceLocation: sourceLocation).root
}

/// Loads `bytes`, expecting exactly one problem, and gives it.
func loadProblem(
    _ bytes: [UInt8], limits: YAMLLimits = .default, sourceLocation: SourceLocation = #_sourceLocation
) throws -> YAMLProblem {
    let problems = YAMLLoader(limits: limits).load(bytes: bytes).problems
    #expect(problems.count == 1, "problems: \(problems)", sourceLocation: sourceLocation)
    return try #require(problems.first, sourceLocation: sourceLocation)
}

/// Loads `text`, expecting exactly one problem, and gives it.
func loadProblem(
    _ text: String, limits: YAMLLimits = .default, sourceLocation: SourceLocation = #_sourceLocation
) throws -> YAMLProblem {
    try loadProblem(Array(text.utf8), limits: limits, sourceLocation: sourceLocation)
}
