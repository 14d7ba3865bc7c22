import IOPYAML

extension YAMLProblem {
    /// The problem as an issue of its `format` rule, with its message in both languages.
    var issue: ModelIssue {
        ModelIssue(ruleID: ruleID, message: message, path: path, range: range)
    }

    var ruleID: RuleID {
        switch kind {
        case .syntax, .undefinedAlias, .invalidUTF8, .binary, .empty, .mergeKey: .formatYAMLSyntax
        case .duplicateKey: .formatDuplicateKey
        case .nestingTooDeep, .tooManyNodes, .tooManyAliasedNodes, .fileTooLarge: .formatLimits
        }
    }

    var message: LocalizedText {
        switch kind {
        case .syntax(let problem, let context):
            let sv = LibYAMLMessages.swedish(problem)
            guard let context else {
                return LocalizedText(en: "YAML syntax error: \(problem)", sv: "YAML-syntaxfel: \(sv)")
            }
            return LocalizedText(
                en: "YAML syntax error: \(problem) (\(context))",
                sv: "YAML-syntaxfel: \(sv) (\(LibYAMLMessages.swedish(context)))")
        case .undefinedAlias(let name):
            return LocalizedText(
                en: "alias `*\(name)` refers to no anchor `&\(name)` defined before it",
                sv: "aliaset `*\(name)` hänvisar inte till något ankare `&\(name)` som definierats före det")
        case .invalidUTF8:
            return LocalizedText(
                en: "the file is not valid UTF-8: the byte here cannot be read (save the file as UTF-8)",
                sv: "filen är inte giltig UTF-8: byten här går inte att läsa (spara filen som UTF-8)")
        case .binary:
            return LocalizedText(
                en: "the file is binary (it holds a NUL byte), not YAML text",
                sv: "filen är binär (den innehåller en NUL-byte), inte YAML-text")
        case .empty:
            return LocalizedText(
                en: "the file is empty: it holds no YAML document",
                sv: "filen är tom: den innehåller inget YAML-dokument")
        case .duplicateKey(let key, let firstLine):
            return LocalizedText(
                en: "key `\(key)` is already defined on line \(firstLine); this value is ignored",
                sv: "nyckeln `\(key)` finns redan på rad \(firstLine); det här värdet ignoreras")
        case .nestingTooDeep(let limit):
            return LocalizedText(
                en: "the document nests deeper than \(limit) levels; reading stopped here",
                sv: "dokumentet är nästlat djupare än \(limit) nivåer; läsningen stoppades här")
        case .tooManyNodes(let limit):
            return LocalizedText(
                en: "the document holds more than \(limit) values (the limit on values); reading stopped here",
                sv: "dokumentet innehåller fler än \(limit) värden (gränsen för antal värden); läsningen stoppades här")
        case .tooManyAliasedNodes(let limit):
            return LocalizedText(
                en:
                    "the document's aliases repeat more than \(limit) values once expanded (the limit on aliases: an alias bomb?); reading stopped here",
                sv:
                    "dokumentets alias upprepar fler än \(limit) värden när de expanderas (gränsen för alias: en aliasbomb?); läsningen stoppades här"
            )
        case .mergeKey:
            return LocalizedText(
                en:
                    "merge keys (`<<`) are not supported: YAML 1.2 has none, and an agreement should say each value where it applies; write the keys out (an alias `*name` for a whole value is fine)",
                sv:
                    "sammanslagningsnycklar (`<<`) stöds inte: YAML 1.2 saknar dem, och ett avtal bör skriva ut varje värde där det gäller; skriv ut nycklarna (ett alias `*namn` för ett helt värde går bra)"
            )
        case .fileTooLarge(let limit):
            let size = ByteCount.text(limit)
            return LocalizedText(
                en: "the file is larger than \(size.en) and was not read",
                sv: "filen är större än \(size.sv) och lästes inte")
        }
    }
}
