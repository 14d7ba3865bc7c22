import IOPYAML

/// Decodes one document's nodes into an ``Agreement``, collecting every problem instead of
/// stopping at the first. A value of the wrong type is reported, left out of the model, and its
/// path is recorded in ``rejected`` so that rules over the nodes skip it too.
final class ModelDecoder {
    private(set) var issues: [ModelIssue] = []
    private(set) var rejected: Set<DocumentPath> = []
    private(set) var partyReferences: [Located<String>] = []

    func decode(_ root: YAMLNode) -> Agreement {
        var agreement = Agreement(range: root.range)
        let value = Value(decoder: self, node: root, path: .root)
        guard let fields = value.fields(Agreement.self) else { return agreement }
        agreement.read(fields)
        // The checks take the agreement `inout`, though they only read it: passed by value, it
        // would be copied to be returned afterwards, every value it holds retained and released
        // once more.
        checkVersion(&agreement, root: root)
        checkParties(&agreement)
        return agreement
    }

    func report(_ rule: RuleID, _ message: LocalizedText, at node: YAMLNode, path: DocumentPath) {
        issues.append(ModelIssue(ruleID: rule, message: message, path: path, range: node.range))
    }

    /// Reports a value of the wrong type and leaves it out of the model.
    func reject(_ node: YAMLNode, path: DocumentPath, expected: LocalizedText, rule: RuleID = .formatType) {
        let found = ValueType.describe(node)
        let shownPath = path.isRoot ? "the document" : "`\(path)`"
        let shownPathSv = path.isRoot ? "dokumentet" : "`\(path)`"
        report(
            rule,
            LocalizedText(
                en: "\(shownPath) must be \(expected.en), but is \(found.en)",
                sv: "\(shownPathSv) ska vara \(expected.sv), men är \(found.sv)"),
            at: node, path: path)
        rejected.insert(path)
    }

    func noteReference(_ reference: Located<String>) {
        partyReferences.append(reference)
    }

    private func checkVersion(_ agreement: inout Agreement, root: YAMLNode) {
        guard let version = agreement.version else {
            // A value of the wrong type is already reported; an empty one (`iop-lint:`) is missing.
            let written = root.pair(forKey: "iop-lint")
            if written == nil || written?.value.isNull == true {
                issues.append(
                    ModelIssue(
                        ruleID: .formatVersion,
                        message: LocalizedText(
                            en: "the format version is missing: add `iop-lint: 1` at the top",
                            sv: "formatversionen saknas: lägg till `iop-lint: 1` överst"),
                        path: written == nil ? .root : DocumentPath([.key("iop-lint")]),
                        range: written?.key.range ?? SourceRange(at: root.range.start), isMissing: written == nil))
            }
            return
        }
        guard version.value == 1 else {
            issues.append(
                ModelIssue(
                    ruleID: .formatVersion,
                    message: LocalizedText(
                        en: "format version \(version.value) is not supported; the only version is 1",
                        sv: "formatversion \(version.value) stöds inte; den enda versionen är 1"),
                    path: version.path, range: version.range))
            return
        }
    }

    private func checkParties(_ agreement: inout Agreement) {
        var firstLine: [String: Int] = [:]
        for party in agreement.parties ?? [] {
            guard let id = party.id else { continue }
            if let line = firstLine[id.value] {
                issues.append(
                    ModelIssue(
                        ruleID: .formatDuplicateID,
                        message: LocalizedText(
                            en: "party id `\(id.value)` is already used on line \(line)",
                            sv: "part-id `\(id.value)` används redan på rad \(line)"),
                        path: id.path, range: id.range))
            } else {
                firstLine[id.value] = id.range.start.line
            }
        }
        // A party whose id could not be read may be the one a reference names: say nothing.
        if partyIDsAreIncomplete { return }
        for reference in partyReferences where firstLine[reference.value] == nil {
            let hint = NameSuggestion.nearest(to: reference.value, among: firstLine.keys.sorted())
            issues.append(
                ModelIssue(
                    ruleID: .formatUnknownParty,
                    message: LocalizedText(
                        en: "no party has the id `\(reference.value)`", sv: "ingen part har id `\(reference.value)`"
                    ).suggesting(hint),
                    path: reference.path, range: reference.range))
        }
    }

    /// Whether `parties`, a party or a party's id was rejected for its type, so that the ids
    /// known are not all the parties' ids.
    private var partyIDsAreIncomplete: Bool {
        rejected.contains { path in
            guard path.components.first == .key("parties") else { return false }
            return path.components.count <= 2 || (path.components.count == 3 && path.components[2] == .key("id"))
        }
    }
}
