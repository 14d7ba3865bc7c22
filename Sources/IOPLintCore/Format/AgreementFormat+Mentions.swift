extension AgreementFormat {
    /// The keys that `text` names in backticks, in the order first named: a full path
    /// (`` `initiative.by` ``, `` `parties[*].mandate` ``), a path with a value
    /// (`` `type: idea-based` ``), or the end of a path that only one key has
    /// (`` `every-years` ``), or a selector that ends in items or values (`` `parties[*]` ``,
    /// `` `goals.**` ``). Names that several keys share (`` `name` ``) are left out.
    func keys(namedIn text: String) -> [FormatKey] {
        var found: [FormatKey] = []
        for span in text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
        where span.offset.isMultiple(of: 2) == false {
            guard let key = key(named: String(span.element)), !found.contains(key) else { continue }
            found.append(key)
        }
        return found
    }

    private func key(named span: String) -> FormatKey? {
        var name = Self.withoutIndices(span).prefix { $0 != ":" && $0 != " " }.description
        if name.hasPrefix("$.") { name.removeFirst(2) }
        for ending in [".**", ".*", "[]"] where name.hasSuffix(ending) { name.removeLast(ending.count) }
        guard !name.isEmpty, !name.contains("{") else { return nil }
        if let key = key(at: name) { return key }
        let candidates = keys.filter { $0.path.hasSuffix("." + name) || Self.withoutIndices($0.path) == name }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// `parties[*].mandate` and `parties[0].mandate` as `parties[].mandate`.
    private static func withoutIndices(_ path: String) -> String {
        var result = ""
        var inBrackets = false
        for character in path {
            if character == "[" {
                inBrackets = true
                result += "[]"
            } else if character == "]" {
                inBrackets = false
            } else if !inBrackets {
                result.append(character)
            }
        }
        return result
    }
}
