import IOPYAML

extension FormatSection {
    /// How many names from the expected one on a key is compared with before it is hashed.
    private static let namesComparedFirst = 8

    /// The slot of `key`, a name a key of the section may be written with; `nil` for any other.
    ///
    /// Maps are mostly written, and sections read, in the format's order, so `key` is most often
    /// the name at `expected` (the one after the key found last) or one shortly after: those few
    /// names are compared with `key` first, which is cheaper than hashing it.
    func slot(of key: String, expectedAt expected: Int) -> Slot? {
        var index = expected
        let end = min(names.count, expected + Self.namesComparedFirst)
        while index < end {
            if names[index].isSameText(as: key) { return Slot(index: index, rank: 0) }
            index += 1
        }
        return slots[key]
    }
}
