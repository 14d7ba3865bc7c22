import IOPYAML

/// Counts of a run over the YAML test suite, printed by the conformance test.
struct YAMLTestSuiteSummary: CustomStringConvertible {
    var total = 0
    var validCases = 0
    var validWithJSON = 0
    var comparedWithJSON = 0
    var equalToJSON = 0
    var errorCases = 0
    /// Error cases detected, by the kind of the problem that detected them.
    var detectedBy: [String: Int] = [:]
    var deviations: [(id: String, deviation: YAMLTestSuiteOutcome.Deviation, detail: String)] = []

    mutating func add(_ testCase: YAMLTestSuiteCase, _ outcome: YAMLTestSuiteOutcome) {
        total += 1
        if testCase.isError {
            errorCases += 1
            if outcome.deviation == nil, let problem = outcome.problem {
                detectedBy[Self.name(of: problem.kind), default: 0] += 1
            }
        } else {
            validCases += 1
            if testCase.json != nil { validWithJSON += 1 }
        }
        if outcome.comparedJSON {
            comparedWithJSON += 1
            if outcome.deviation == nil { equalToJSON += 1 }
        }
        if let deviation = outcome.deviation {
            deviations.append((testCase.id, deviation, outcome.detail))
        }
    }

    var description: String {
        let detected = detectedBy.values.reduce(0, +)
        let byKind = detectedBy.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        var lines = [
            "yaml-test-suite: \(total) cases",
            "  valid: \(validCases); with in.json: \(validWithJSON); loaded and compared: \(comparedWithJSON); equal: \(equalToJSON)",
            "  error cases: \(errorCases); detected: \(detected) (\(byKind))",
            "  deviations: \(deviations.count)",
        ]
        for kind in YAMLTestSuiteOutcome.Deviation.allCases {
            let matching = deviations.filter { $0.deviation == kind }
            lines.append("  \(kind.rawValue): \(matching.count)")
            lines += matching.map { "    \($0.id): \($0.detail)" }
        }
        return lines.joined(separator: "\n")
    }

    /// The case name of a problem kind, without its associated values.
    private static func name(of kind: YAMLProblem.Kind) -> String {
        String(String(describing: kind).prefix { $0 != "(" })
    }
}
