import IOPYAML

/// How the loader fared on one case of the YAML test suite.
struct YAMLTestSuiteOutcome {
    /// The ways a case can go other than the suite says.
    enum Deviation: String, Hashable, CaseIterable {
        /// Invalid YAML loaded without a problem.
        case acceptsInvalid
        /// Valid YAML ended in a problem.
        case rejectsValid
        /// Valid YAML loaded, but not to the values of `in.json`.
        case differentValue
    }

    var deviation: Deviation?
    /// What happened, for messages: the problem met, or the values that differ.
    var detail: String
    /// The first problem the loader reported, if any.
    var problem: YAMLProblem?
    /// Whether the documents were compared with `in.json`.
    var comparedJSON = false
}

extension YAMLTestSuiteCase {
    /// Loads the case and judges the result: an error case must give a problem; a valid case must
    /// load without one (an empty stream gives only `.empty`), to the values of `in.json` when
    /// the case has it.
    func outcome(loader: YAMLLoader = YAMLLoader()) -> YAMLTestSuiteOutcome {
        let file = loader.load(bytes: yaml)
        if isError {
            guard let problem = file.problems.first else {
                return YAMLTestSuiteOutcome(
                    deviation: .acceptsInvalid, detail: "\(file.documents.count) document(s), no problem")
            }
            return YAMLTestSuiteOutcome(deviation: nil, detail: describe(problem), problem: problem)
        }
        if let problem = file.problems.first(where: { $0.kind != .empty || !file.documents.isEmpty }) {
            return YAMLTestSuiteOutcome(deviation: .rejectsValid, detail: describe(problem), problem: problem)
        }
        guard let json else {
            return YAMLTestSuiteOutcome(deviation: nil, detail: "\(file.documents.count) document(s), no in.json")
        }
        return compare(file.documents, with: json)
    }

    private func compare(_ documents: [YAMLDocument], with json: [UInt8]) -> YAMLTestSuiteOutcome {
        var outcome = YAMLTestSuiteOutcome(deviation: .differentValue, detail: "", comparedJSON: true)
        do {
            let expected = try JSONStreamParser.values(in: json)
            let actual = try documents.map { document throws(YAMLNode.NotJSON) in try document.root.jsonValue() }
            if actual == expected {
                outcome.deviation = nil
                outcome.detail = "\(documents.count) document(s) equal to in.json"
            } else {
                outcome.detail = "expected \(expected), got \(actual)"
            }
        } catch {
            outcome.detail = "\(error)"
        }
        return outcome
    }

    private func describe(_ problem: YAMLProblem) -> String {
        "\(problem.kind) at \(problem.range.start)"
    }
}
