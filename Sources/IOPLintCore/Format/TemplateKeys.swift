import IOPYAML

/// Which keys a starter agreement of a kind holds, and why: the keys that the rules applying to
/// a draft of that kind read.
enum TemplateKeys {
    /// The built-in rules whose pack applies to `kind`, whatever their own `when` says: a rule
    /// that runs only once something is written, or only when the agreement is signed, still
    /// reads keys the draft should have.
    static func rules(for kind: AgreementKind) -> [any Rule] {
        rulesByKind[kind] ?? []
    }

    private static let rulesByKind = Dictionary(
        uniqueKeysWithValues: AgreementKind.allCases.map { ($0, readRules(for: $0)) })
    private static let neededByKind = Dictionary(
        uniqueKeysWithValues: AgreementKind.allCases.map { ($0, readNeeded(for: $0)) })

    private static func readRules(for kind: AgreementKind) -> [any Rule] {
        let yaml = "iop-lint: 1\nkind: \(kind.rawValue)\nstatus: draft\n"
        guard let document = DocumentLoader().load(bytes: Array(yaml.utf8)).documents.first,
            let ruleSet = try? RuleSet.load()
        else { return [] }
        return ruleSet.registry.rules.compactMap { $0 as? FileRule }.filter {
            $0.packCondition?.holds(in: document) ?? true
        }
    }

    /// The paths of the keys those rules read, with every parent, and what every agreement has.
    static func needed(for kind: AgreementKind) -> Set<String> {
        neededByKind[kind] ?? []
    }

    private static func readNeeded(for kind: AgreementKind) -> Set<String> {
        var paths: Set<String> = ["parties", "parties[].id", "parties[].name", "parties[].type"]
        for rule in rules(for: kind) {
            for key in RuleReference.keys(namedBy: rule) {
                var path = key.path
                while !path.isEmpty {
                    paths.insert(path)
                    guard let dot = path.lastIndex(of: ".") else { break }
                    path = String(path[..<dot])
                    if path.hasSuffix("[]") { path.removeLast(2) }
                }
            }
        }
        return paths
    }

    /// What to write under `key` and why: its meaning, then the first sentence of the rationale
    /// of a rule that reads it, with the rule's id.
    static func explanation(of key: FormatKey, kind: AgreementKind, language: Language) -> String {
        var text = key.meaning[language]
        func reads(_ named: FormatKey) -> Bool {
            named.path == key.path || named.path.hasPrefix(key.path + ".") || named.path.hasPrefix(key.path + "[]")
        }
        // The rule named for the key, else one that looks at the key first (its `given`), else any
        // rule that names it.
        // An info rule (what remains before signing) says less about a section than the others.
        let candidates =
            rules(for: kind).filter { $0.description.severity != .info }
            + rules(for: kind).filter { $0.description.severity == .info }
        let reader =
            candidates.first {
                $0.id.description.hasSuffix("/" + key.name) && RuleReference.keys(namedBy: $0).contains(where: reads)
            }
            ?? candidates.first { RuleReference.keys(namedBy: $0).first.map(reads) ?? false }
            ?? candidates.first { RuleReference.keys(namedBy: $0).contains(where: reads) }
        if let reader, let sentence = firstSentence(of: reader.description.rationale[language]) {
            text += " " + sentence + " (\(reader.id))"
        }
        return text
    }

    private static func firstSentence(of text: String) -> String? {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard !flat.isEmpty else { return nil }
        var end = flat.endIndex
        var index = flat.startIndex
        while index < flat.endIndex {
            let next = flat.index(after: index)
            if ".!?".contains(flat[index]), next == flat.endIndex || flat[next] == " " {
                end = next
                break
            }
            index = next
        }
        return String(flat[..<end])
    }
}
