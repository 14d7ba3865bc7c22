import IOPLintCore

/// The lines `iop-lint test` prints.
enum TestReport {
    static func line(for outcome: RuleExampleRunner.Outcome, language: Language) -> String {
        let sv = language == .sv
        let counts =
            sv
            ? "(\(counted(outcome.passCount, "godkänt", "godkända")), \(counted(outcome.failCount, "underkänt", "underkända")))"
            : "(\(outcome.passCount) pass, \(outcome.failCount) fail)"
        if !outcome.misbehaviours.isEmpty {
            let details = outcome.misbehaviours.map { misbehaviour -> String in
                switch misbehaviour.kind {
                case .passExampleFailed(let messages):
                    return sv
                        ? "  godkänt exempel \(misbehaviour.example) gav: \(messages.joined(separator: "; "))"
                        : "  pass example \(misbehaviour.example) gave: \(messages.joined(separator: "; "))"
                case .passExampleIsNotYAML(let message, let position):
                    return sv
                        ? "  godkänt exempel \(misbehaviour.example) är inte giltig YAML: \(position): \(message.sv)"
                        : "  pass example \(misbehaviour.example) is not valid YAML: \(position): \(message.en)"
                case .failExamplePassed:
                    return sv
                        ? "  underkänt exempel \(misbehaviour.example) gav inget fynd"
                        : "  fail example \(misbehaviour.example) gave no finding"
                }
            }
            return (["FAIL \(outcome.rule) \(counts)"] + details).joined(separator: "\n")
        }
        if outcome.isUntested {
            return sv
                ? "otestad \(outcome.rule) \(counts): en regel behöver minst ett godkänt och ett underkänt exempel"
                : "untested \(outcome.rule) \(counts): a rule needs at least one pass and one fail example"
        }
        return "ok \(outcome.rule) \(counts)"
    }

    static func summary(ok: Int, failed: Int, untested: Int, language: Language) -> String {
        language == .sv
            ? "\(ok) ok, \(counted(failed, "misslyckad", "misslyckade")), \(counted(untested, "otestad", "otestade"))"
            : "\(ok) ok, \(failed) failed, \(untested) untested"
    }

    /// `1 godkänt`, `2 godkända`: a count with the Swedish word in its number.
    private static func counted(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }
}
