import IOPYAML

/// Collects the errors of one rule file, each with its position.
final class RuleFileDiagnostics {
    let file: String
    private(set) var failures: [ToolFailure] = []

    init(file: String) {
        self.file = file
    }

    func error(_ message: LocalizedText, at position: SourcePosition) {
        failures.append(ToolFailure(message: message, file: file, position: position))
    }

    func error(en: String, sv: String, at node: YAMLNode) {
        error(LocalizedText(en: en, sv: sv), at: node.range.start)
    }
}

/// A node of a rule file being read: typed accessors that report what is wrong and return `nil`.
struct RuleFileNode {
    let node: YAMLNode
    let diagnostics: RuleFileDiagnostics
    /// Where the node's parent is, and the key or index that leads from it to the node: the
    /// node's own path is made when asked for, which is mostly for a message.
    private let parentPath: DocumentPath
    private let step: DocumentPath.Component?

    /// Where this node is, for messages (`rules[2].check`).
    var path: DocumentPath { step.map { parentPath.appending($0) } ?? parentPath }

    init(node: YAMLNode, diagnostics: RuleFileDiagnostics, path: DocumentPath) {
        self.init(node: node, diagnostics: diagnostics, parentPath: path, step: nil)
    }

    private init(
        node: YAMLNode, diagnostics: RuleFileDiagnostics, parentPath: DocumentPath, step: DocumentPath.Component?
    ) {
        self.node = node
        self.diagnostics = diagnostics
        self.parentPath = parentPath
        self.step = step
    }

    /// The child `node` reached by `step` from a node at `path`.
    private func child(_ node: YAMLNode, at path: DocumentPath, _ step: DocumentPath.Component) -> RuleFileNode {
        RuleFileNode(node: node, diagnostics: diagnostics, parentPath: path, step: step)
    }

    private var shownPath: String { path.isRoot ? "the file" : "`\(path)`" }
    private var shownPathSv: String { path.isRoot ? "filen" : "`\(path)`" }

    /// The map's values by key, after checking every key is one of `allowed` (with "did you
    /// mean") and every key in `required` is there.
    func fields(allowed: [String], required: [String] = []) -> RuleFileFields? {
        guard let pairs = node.mapping else {
            diagnostics.error(en: "\(shownPath) must be a map", sv: "\(shownPathSv) ska vara en mappning", at: node)
            return nil
        }
        var result = RuleFileFields(capacity: pairs.count)
        let here = path
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                diagnostics.error(en: "keys must be text", sv: "nycklar ska vara text", at: pair.key)
                continue
            }
            guard allowed.contains(key) else {
                let hint = NameSuggestion.nearest(to: key, among: allowed)
                diagnostics.error(
                    LocalizedText(
                        en: "unknown key `\(key)` in \(shownPath)", sv: "okänd nyckel `\(key)` i \(shownPathSv)"
                    )
                    .suggesting(hint),
                    at: pair.key.range.start)
                continue
            }
            result.set(key, child(pair.value, at: here, .key(key)))
        }
        for key in required where result[key] == nil {
            diagnostics.error(
                en: "\(shownPath) needs the key `\(key)`", sv: "\(shownPathSv) behöver nyckeln `\(key)`", at: node)
        }
        return result
    }

    /// The map's pairs in order, keys as text.
    func pairs() -> [(key: String, keyNode: YAMLNode, value: RuleFileNode)]? {
        guard let pairs = node.mapping else {
            diagnostics.error(en: "\(shownPath) must be a map", sv: "\(shownPathSv) ska vara en mappning", at: node)
            return nil
        }
        let here = path
        return pairs.compactMap { pair in
            guard let key = pair.key.scalar?.value else {
                diagnostics.error(en: "keys must be text", sv: "nycklar ska vara text", at: pair.key)
                return nil
            }
            return (key, pair.key, child(pair.value, at: here, .key(key)))
        }
    }

    func items() -> [RuleFileNode]? {
        guard let items = node.sequence else {
            diagnostics.error(en: "\(shownPath) must be a list", sv: "\(shownPathSv) ska vara en lista", at: node)
            return nil
        }
        let here = path
        return items.enumerated().map { child($1, at: here, .index($0)) }
    }

    /// Text: a string or a number written as text.
    func string() -> String? {
        switch node.resolved {
        case .string?, .int?, .float?: return node.scalar?.value
        default:
            diagnostics.error(en: "\(shownPath) must be text", sv: "\(shownPathSv) ska vara text", at: node)
            return nil
        }
    }

    func strings() -> [String]? {
        if node.scalar != nil { return string().map { [$0] } }
        guard let items = items() else { return nil }
        let values = items.compactMap { $0.string() }
        return values.count == items.count ? values : nil
    }

    func integer(minimum: Int = 0) -> Int? {
        guard case .int(let value)? = node.resolved, value >= minimum else {
            diagnostics.error(
                en: "\(shownPath) must be a whole number of at least \(minimum)",
                sv: "\(shownPathSv) ska vara ett heltal som är minst \(minimum)", at: node)
            return nil
        }
        return value
    }

    func number() -> Double? {
        switch node.resolved {
        case .int(let value)?: return Double(value)
        case .float(let value)? where value.isFinite: return value
        default:
            diagnostics.error(en: "\(shownPath) must be a number", sv: "\(shownPathSv) ska vara ett tal", at: node)
            return nil
        }
    }

    func boolean() -> Bool? {
        guard case .bool(let value)? = node.resolved else {
            diagnostics.error(
                en: "\(shownPath) must be true or false", sv: "\(shownPathSv) ska vara true eller false", at: node)
            return nil
        }
        return value
    }

    /// A text in both languages: one string for both, or a map `{en: …, sv: …}` with both.
    func localized() -> LocalizedText? {
        if node.scalar != nil { return string().map(LocalizedText.init) }
        guard node.mapping != nil else {
            error(
                en: "\(shownPath) must be text, or a map with `en` and `sv`",
                sv: "\(shownPathSv) ska vara text, eller en mappning med `en` och `sv`")
            return nil
        }
        guard let fields = fields(allowed: ["en", "sv"]) else { return nil }
        guard let en = fields["en"], let sv = fields["sv"] else {
            let missing = fields["en"] == nil ? "en" : "sv"
            diagnostics.error(
                en: "\(shownPath) is missing its `\(missing)` text: give both `en` and `sv`",
                sv: "\(shownPathSv) saknar sin `\(missing)`-text: ange både `en` och `sv`", at: node)
            return nil
        }
        guard let english = en.string(), let swedish = sv.string() else { return nil }
        return LocalizedText(en: english, sv: swedish)
    }

    /// A selector; a parse error is reported at its column inside the selector.
    func selector() -> Selector? {
        guard let text = string() else { return nil }
        do {
            return try Selector.parse(text)
        } catch {
            let position = position(ofColumn: error.column)
            diagnostics.error(
                LocalizedText(
                    en: "invalid selector `\(text)`: \(error.message)",
                    sv: "ogiltig selektor `\(text)`: \(error.message)"),
                at: position)
            return nil
        }
    }

    /// Text written as text: a number or a boolean (`pattern: 123`) is an error, since YAML
    /// would read `1.0` as `1` and `yes` as `true`; quoting it says text was meant.
    func text() -> String? {
        guard case .string? = node.resolved, let value = node.scalar?.value else {
            diagnostics.error(
                en: "\(shownPath) must be text; write it in quotes (`\"…\"`)",
                sv: "\(shownPathSv) ska vara text; skriv den inom citattecken (`\"…\"`)", at: node)
            return nil
        }
        return value
    }

    /// A regular expression (``LinearRegex``); one that does not compile is reported at its
    /// column inside the pattern, once.
    func regex() -> LinearRegex? {
        guard let pattern = text() else { return nil }
        do {
            return try LinearRegex(pattern)
        } catch {
            diagnostics.error(
                LocalizedText(
                    en: "the regular expression `\(pattern)` does not compile: \(error.message.en)",
                    sv: "det reguljära uttrycket `\(pattern)` går inte att tolka: \(error.message.sv)"),
                at: position(ofColumn: error.column))
            return nil
        }
    }

    /// Where `column` (1-based, in Unicode scalars) of this scalar's text is in the file: inside
    /// the text when it is written as it reads (one line, no escapes), else the scalar's start.
    func position(ofColumn column: Int) -> SourcePosition {
        var position = node.range.start
        guard let text = node.scalar?.value else { return position }
        let quoted = node.scalar?.style == .singleQuoted || node.scalar?.style == .doubleQuoted
        let written = node.range.end.offset - node.range.start.offset - (quoted ? 2 : 0)
        guard node.range.start.line == node.range.end.line, written == text.unicodeScalars.count else {
            return position
        }
        position.column += column - 1 + (quoted ? 1 : 0)
        position.offset += column - 1 + (quoted ? 1 : 0)
        return position
    }

    func error(en: String, sv: String) {
        diagnostics.error(en: en, sv: sv, at: node)
    }
}

/// The values of a map of a rule file by key: a handful each, found by comparing keys, which is
/// cheaper than hashing them into a dictionary.
struct RuleFileFields {
    /// The keys, and at the same places their values: keys are compared without copying the
    /// values (a loop over pairs copied each pair it looked at, 1.5 M instructions for the
    /// built-in packs; a dictionary hashed every key twice).
    private var keys: [String] = []
    private var values: [RuleFileNode] = []

    /// No fields yet, with room for `capacity` (the map's pair count: the arrays grow once).
    fileprivate init(capacity: Int) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// The value of `key`, if the map has it.
    subscript(key: String) -> RuleFileNode? {
        keys.firstIndex(of: key).map { values[$0] }
    }

    /// Sets `key`'s value (a map written with a key twice keeps the last, as a dictionary
    /// would; the YAML loader reports the repeated key).
    fileprivate mutating func set(_ key: String, _ value: RuleFileNode) {
        if let index = keys.firstIndex(of: key) {
            values[index] = value
        } else {
            keys.append(key)
            values.append(value)
        }
    }
}
