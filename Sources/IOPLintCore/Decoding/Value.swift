import IOPYAML

/// One node being decoded: typed accessors that report a wrong type and return `nil`.
struct Value {
    let decoder: ModelDecoder
    let node: YAMLNode
    /// The path of the map or list the node is in, or the node's own path when `last` is `nil`.
    private let base: DocumentPath
    /// The node's key or index in `base`: kept apart, so that the path of a value is made only
    /// when it is asked for (by the map or list it is, or by a message).
    private let last: DocumentPath.Component?

    init(decoder: ModelDecoder, node: YAMLNode, path: DocumentPath) {
        self.init(decoder: decoder, node: node, in: path, at: nil)
    }

    /// The node at `last` in the map or list at `base`.
    init(decoder: ModelDecoder, node: YAMLNode, in base: DocumentPath, at last: DocumentPath.Component?) {
        self.decoder = decoder
        self.node = node
        self.base = base
        self.last = last
    }

    /// The node's path.
    var path: DocumentPath { last.map(base.appending) ?? base }

    private func located<T>(_ value: T) -> Located<T> {
        Located(value, range: node.range, in: base, at: last)
    }

    private func reject<T>(_ expected: ValueType) -> T? {
        decoder.reject(node, path: path, expected: expected.name)
        return nil
    }

    /// Text: a string, or a number written as text (`2025`).
    func text() -> Located<String>? {
        switch node.resolved {
        case .string?, .int?, .float?: return located(node.scalar!.value)
        default: return reject(.text)
        }
    }

    /// An id: `[a-z0-9][a-z0-9-]*`, also when YAML reads it as a number (`id: 2025`).
    func id() -> Located<String>? {
        switch node.resolved {
        case .string?, .int?, .float?:
            guard let text = node.scalar?.value, Self.isID(text) else { return reject(.id) }
            return located(text)
        default: return reject(.id)
        }
    }

    /// A reference to a party, checked against the party ids once all are known.
    func partyReference() -> Located<String>? {
        guard let reference = id() else { return nil }
        decoder.noteReference(reference)
        return reference
    }

    /// A date `YYYY-MM-DD` that exists; an impossible date is a `format/date` problem.
    func date() -> Located<CalendarDate>? {
        guard let scalar = node.scalar, case .string? = node.resolved else { return reject(.date) }
        if let date = CalendarDate(iso: scalar.value) { return located(date) }
        decoder.reject(node, path: path, expected: ValueType.date.name, rule: .formatDate)
        return nil
    }

    func number(minimum: Double? = nil) -> Located<Double>? {
        let number: Double
        switch node.resolved {
        case .int(let value)?: number = Double(value)
        case .float(let value)? where value.isFinite: number = value
        default: return reject(.number)
        }
        if let minimum, number < minimum { return outOfRange(minimum) }
        return located(number)
    }

    func integer(minimum: Int? = nil) -> Located<Int>? {
        guard case .int(let value)? = node.resolved else { return reject(.integer) }
        if let minimum, value < minimum { return outOfRange(Double(minimum)) }
        return located(value)
    }

    func boolean() -> Located<Bool>? {
        guard case .bool(let value)? = node.resolved else { return reject(.boolean) }
        return located(value)
    }

    /// One of the values of `E`; a value outside lists the allowed ones.
    func enumeration<E: FormatEnumeration>(_ type: E.Type = E.self) -> Located<E>? {
        guard case .string(let text)? = node.resolved else { return rejectEnumeration(E.self, found: nil) }
        guard let value = E(rawValue: text) else { return rejectEnumeration(E.self, found: text) }
        return located(value)
    }

    /// A list whose items are decoded by `item`; items that fail are left out.
    func list<T>(_ item: (Value) -> T?) -> [T]? {
        guard let items = node.sequence else { return reject(.list) }
        let path = self.path
        return items.enumerated().compactMap { index, child in
            child.isNull ? nil : item(Value(decoder: decoder, node: child, in: path, at: .index(index)))
        }
    }

    /// A section of the format, decoded from a map.
    func section<T: MappingDecodable>(_ type: T.Type = T.self) -> T? {
        guard let fields = fields(T.self) else { return nil }
        var section = T()
        section.read(fields)
        return section
    }

    /// A map's fields, checked against the keys of `T`; unknown keys are reported.
    func fields<T: MappingDecodable>(_ type: T.Type) -> Fields? {
        guard case .mapping(let pairs) = node.content else { return reject(.map) }
        let section = T.section
        let path = self.path
        // Built only for a message: most maps have none.
        var place: String { path.isRoot ? "" : " in `\(path)`" }
        var placeSv: String { path.isRoot ? "" : " i `\(path)`" }
        var chosen = [Int](repeating: -1, count: section.keys.count)
        var chosenRank = [Int](repeating: .max, count: section.aliases.isEmpty ? 0 : section.keys.count)
        // The index in `section` of the key after the last one found: keys are mostly written in
        // the format's order.
        var nextSlot = 0
        for index in pairs.indices {
            guard let key = pairs[index].key.scalar?.value else {
                // Only the pair is wrong: the map itself is decoded, so it is not rejected.
                let found = ValueType.describe(pairs[index].key)
                decoder.report(
                    .formatType,
                    LocalizedText(
                        en: "a key\(place) must be text, but is \(found.en)",
                        sv: "en nyckel\(placeSv) ska vara text, men är \(found.sv)"),
                    at: pairs[index].key, path: path)
                continue
            }
            if let slot = section.slot(of: key, expectedAt: nextSlot) {
                if slot.rank == 0 { nextSlot = slot.index + 1 }
                if slot.rank > 0 {
                    let canonical = section.names[slot.index]
                    if let first = node.pair(forKey: canonical), !first.value.isNull {
                        reportShadowedAlias(
                            pairs[index].key, alias: key, canonical: canonical, line: first.key.range.start.line)
                        continue
                    }
                }
                guard !pairs[index].value.isNull else { continue }
                if chosenRank.isEmpty {
                    chosen[slot.index] = index
                } else if slot.rank < chosenRank[slot.index] {
                    chosen[slot.index] = index
                    chosenRank[slot.index] = slot.rank
                }
                continue
            }
            if key.hasPrefix("x-") { continue }
            let hint = NameSuggestion.nearest(to: key, among: section.known)
            decoder.report(
                .formatUnknownKey,
                LocalizedText(en: "unknown key `\(key)`\(place)", sv: "okänd nyckel `\(key)`\(placeSv)").suggesting(
                    hint),
                at: pairs[index].key, path: path.appending(key: key))
        }
        return Fields(value: self, path: path, section: section, pairs: pairs, chosen: chosen)
    }

    /// `integrity` next to `independence`: the alias is ignored, which is said as for a repeated key.
    private func reportShadowedAlias(_ key: YAMLNode, alias: String, canonical: String, line: Int) {
        decoder.report(
            .formatDuplicateKey,
            LocalizedText(
                en:
                    "`\(alias)` is another name for `\(canonical)`, which is given on line \(line); this value is ignored",
                sv:
                    "`\(alias)` är ett annat namn för `\(canonical)`, som finns på rad \(line); det här värdet ignoreras"
            ),
            at: key, path: path.appending(key: alias))
    }

    private func outOfRange<T>(_ minimum: Double) -> T? {
        let shown = minimum == minimum.rounded() ? String(Int(minimum)) : String(minimum)
        decoder.reject(
            node, path: path,
            expected: LocalizedText(en: "at least \(shown)", sv: "minst \(shown)"))
        return nil
    }

    private func rejectEnumeration<E: FormatEnumeration, T>(_ type: E.Type, found: String?) -> T? {
        let allowed = E.allCases.map(\.rawValue)
        let list = allowed.map { "`\($0)`" }.joined(separator: ", ")
        var expected = LocalizedText(en: "one of \(list)", sv: "en av \(list)")
        if let found,
            let hint = E.hint(for: found)
                ?? NameSuggestion.nearest(to: found, among: allowed).map({
                    LocalizedText(en: "did you mean `\($0)`?", sv: "menade du `\($0)`?")
                })
        {
            expected = LocalizedText(en: "\(expected.en) (\(hint.en))", sv: "\(expected.sv) (\(hint.sv))")
        }
        decoder.reject(node, path: path, expected: expected)
        return nil
    }

    static func isID(_ text: String) -> Bool {
        text.isKebabCaseName
    }
}
