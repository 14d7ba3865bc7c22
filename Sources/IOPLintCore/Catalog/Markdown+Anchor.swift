extension Markdown {
    /// The anchor GitHub gives a heading: lower case, spaces as `-`, punctuation other than `-`
    /// and `_` dropped (`` `parties[].mandate` `` → `partiesmandate`).
    static func anchor(_ heading: String) -> String {
        String(
            heading.lowercased().unicodeScalars.compactMap { scalar -> Character? in
                if scalar == " " { return "-" }
                if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" {
                    return Character(scalar)
                }
                return nil
            })
    }
}
