/// Writes the keys of a starter agreement as block YAML: fixed ids and party references,
/// placeholders where a person must answer.
struct TemplateWriter {
    let kind: AgreementKind
    let language: Language
    let needed: Set<String>
    let parties: [(id: String, type: PartyType)]

    init(kind: AgreementKind, language: Language) {
        self.kind = kind
        self.language = language
        needed = TemplateKeys.needed(for: kind)
        parties = Self.parties(for: kind)
    }

    /// The parties a draft of `kind` starts with.
    static func parties(for kind: AgreementKind) -> [(id: String, type: PartyType)] {
        switch kind {
        case .iop, .overenskommelse: [("ideburen-part", .ideaBased), ("kommunen", .public)]
        case .samverkan: [("bostadsbolaget", .housingCompany), ("kommunen", .public), ("ideburen-part", .ideaBased)]
        case .kommunaltPartnerskap: [("svenska-kommunen", .public), ("partnerkommunen", .public)]
        }
    }

    /// `key: value` (or `key:` and the nested lines) at `indent`.
    func write(
        _ key: FormatKey, indent: String, party: (id: String, type: PartyType)? = nil, fixed: [String: String] = [:]
    ) -> String {
        switch key.type {
        case .map:
            return "\(indent)\(key.name):\n" + children(of: key, indent: indent + "  ", party: party, fixed: fixed)
        case .list(.map):
            let items: [(id: String, type: PartyType)?] =
                key.path == "parties" ? parties.map { $0 } : itemParties(of: key)
            var text = "\(indent)\(key.name):\n"
            for item in items {
                for variant in variants(of: key) {
                    let body = children(of: key, indent: indent + "    ", party: item, fixed: variant)
                    text += "\(indent)  - " + body.dropFirst(indent.count + 4)
                }
            }
            return text
        default:
            if let value = fixed[key.path] ?? prefilled[key.path] { return "\(indent)\(key.name): \(value)\n" }
            return "\(indent)\(key.name):" + scalar(for: key, party: party) + "\n"
        }
    }

    /// The parties that items of a list of maps are written for: one per party when the items
    /// name a party, else one item.
    private func itemParties(of key: FormatKey) -> [(id: String, type: PartyType)?] {
        let hasParty = AgreementFormat.current.children(of: key.path).contains { $0.type == .partyReference }
        return hasParty ? parties.map { $0 } : [nil]
    }

    /// The keys of `key`'s map that the rules read (every key of a list's items, and every key
    /// when the rules name none), with the party an item is written for.
    private func children(
        of key: FormatKey, indent: String, party: (id: String, type: PartyType)?, fixed: [String: String] = [:]
    ) -> String {
        let all = AgreementFormat.current.children(of: key.path)
        // The items of a list are written whole: a drafter fills in one item at a time.
        let isItem = key.type.itemType != nil || key.parentPath.contains("[]")
        var chosen = isItem ? all : all.filter { needed.contains($0.path) || prefilled[$0.path] != nil }
        if chosen.isEmpty { chosen = all }
        var text = ""
        for child in chosen {
            if child.path == "parties[].roles", party?.type != .ideaBased { continue }
            text += write(child, indent: indent, party: party, fixed: fixed)
        }
        return text
    }

    private func scalar(for key: FormatKey, party: (id: String, type: PartyType)?) -> String {
        switch key.type {
        case .id where key.path == "parties[].id": return " \(party?.id ?? parties[0].id)"
        case .enumeration where key.path == "parties[].type": return " \(party?.type.rawValue ?? "")"
        case .text where key.pattern == nil: return " " + placeholder(for: key)
        case .list(.text): return " [" + placeholder(for: key) + "]"
        case .partyReference: return " \(party?.id ?? parties[0].id)"
        case .list(.partyReference):
            let ids = key.path == "initiative.by" && kind == .iop ? [parties[0].id] : parties.map(\.id)
            return " [\(ids.joined(separator: ", "))]"
        default: return "  # " + hint(for: key)
        }
    }

    /// Values the rules for the kind settle, so that a person need not: who sits where, which
    /// stage, which level. Keys are format paths.
    private var prefilled: [String: String] {
        var values = ["target-group.participation[].stage": "planning"]
        switch kind {
        case .samverkan: values["parties[].mandate.level"] = "highest"
        case .overenskommelse:
            values["follow-up.evaluation.type"] = "external"
            values["follow-up.evaluation.every-years"] = "4"
        case .kommunaltPartnerskap: values["icld.team[].role"] = "coordinator"
        case .iop: break
        }
        return values
    }

    /// The items written for each party (or once) in a list: ICLD's steering group has a
    /// politician of the majority and one of the opposition for every partner.
    private func variants(of key: FormatKey) -> [[String: String]] {
        guard kind == .kommunaltPartnerskap, key.path == "governance.steering-group" else { return [[:]] }
        return ["majority", "opposition"].map {
            ["governance.steering-group[].politician": "true", "governance.steering-group[].side": $0]
        }
    }

    /// A bracketed request for text, which the placeholder rule finds.
    func placeholder(for key: FormatKey) -> String {
        if key.path == "target-group.participation[].how" {
            let who =
                kind == .samverkan ? (sv: "de boende", en: "the residents") : (sv: "målgruppen", en: "the target group")
            return language == .sv ? "\"[fyll i hur \(who.sv) deltar]\"" : "\"[insert how \(who.en) take part]\""
        }
        return language == .sv ? "\"[fyll i]\"" : "\"[insert text]\""
    }

    /// What to write in an empty value: the allowed values, or the type.
    private func hint(for key: FormatKey) -> String {
        if !key.values.isEmpty { return key.values.map(\.value).joined(separator: " | ") }
        switch key.type {
        case .date: return language == .sv ? "datum, ÅÅÅÅ-MM-DD" : "date, YYYY-MM-DD"
        case .text where key.pattern != nil: return "NNNNNN-NNNN"
        default: return key.type.name[language]
        }
    }
}
