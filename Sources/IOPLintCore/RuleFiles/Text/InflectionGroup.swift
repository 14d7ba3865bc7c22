/// Forms of a term word that share a stem: the stem followed by each of the endings
/// (`köp` + `-en`, `-et`, `-er`, …). Inflection is given in groups so that a trie of the forms
/// walks each stem once, not once per ending.
struct InflectionGroup: Sendable {
    /// The stem, a folded word or part of one.
    let stem: String
    /// The endings (`""` for the stem itself).
    let endings: [String]

    /// The forms of the group: the stem with each ending.
    var forms: [String] { endings.map { stem + $0 } }
}

extension Array where Element == InflectionGroup {
    /// Every form of the groups, once.
    var forms: Set<String> {
        var forms: Set<String> = []
        for group in self { forms.formUnion(group.forms) }
        return forms
    }
}
