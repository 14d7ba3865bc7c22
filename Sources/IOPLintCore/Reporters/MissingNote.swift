/// What the text and HTML formats say, in place of marking source text, for a finding about
/// something missing (``Finding/isMissing``): that it is missing, and where it belongs.
enum MissingNote {
    /// "missing; it belongs before line 12", or "… at the end of the file" when the spot is past
    /// the last line (`line` is `nil`).
    static func text(beforeLine line: Int?) -> LocalizedText {
        guard let line else {
            return LocalizedText(
                en: "missing; it belongs at the end of the file", sv: "saknas; hör hemma i slutet av filen")
        }
        return LocalizedText(en: "missing; it belongs before line \(line)", sv: "saknas; hör hemma före rad \(line)")
    }
}
