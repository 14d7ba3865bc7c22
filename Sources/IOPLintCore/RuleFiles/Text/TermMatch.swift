/// One occurrence of a term in a text, as ``TermMatcher`` finds it.
public struct TermMatch: Sendable, Hashable {
    /// The term as it was given in the list (`köp av tjänst`).
    public let term: String
    /// The occurrence as written, from its first word to its last (`Köp  av\ntjänster`); a term
    /// found as the last part of a compound gives the whole word (`Socialnämnden`).
    public let text: String
    /// Where ``text`` stands: offsets in Unicode scalars from the start of the text; the end is
    /// exclusive.
    public let range: Range<Int>
    /// The occurrence stands in a negated phrase ("inte en upphandling"); see ``Negation``.
    /// A negated occurrence counts neither for `terms-absent` nor for `terms-present`.
    public let isNegated: Bool
    /// The occurrence's sentence matches the matcher's `unless` pattern, which allows the term
    /// there (`terms-absent` only). Always `false` without a pattern.
    public let isExcused: Bool
    /// The sentence the occurrence stands in.
    public let sentence: Sentence
}
