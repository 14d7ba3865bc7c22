import Foundation
import IOPLintCore

/// Builds the draft of one agreement, block by block.
final class DraftBuilder {
    let options: AgreementImporter
    let documentIndex: Int
    let root = DraftNode(.map)
    var summary = ImportSummary()

    /// The section the blocks now belong to; `nil` before the first heading or under a heading
    /// the table does not know (`inUnknownSection`).
    var section: AgreementSection?
    var inUnknownSection = false
    var parties: [(id: String, name: String, node: DraftNode)] = []
    /// The party whose labelled lines follow (in the parties section).
    var currentParty: Int?
    /// The party whose commitments follow; `nil` for commitments of all parties.
    var commitmentParty: String?
    var signature: DraftNode?
    /// A label with an empty value (`Underlag:`) whose list follows.
    var listLabel: FieldLabel?
    var title: String?
    var subtitle: String?
    var kindFromDocument: AgreementKind?
    var votes: [Language: Int] = [:]
    /// The document's running text (not headings or labels), to tell its language.
    var bodyText = ""

    init(options: AgreementImporter, documentIndex: Int) {
        self.options = options
        self.documentIndex = documentIndex
        for key in ["iop-lint", "id", "title", "kind", "language", "status"] { root.set(key, .plain("")) }
    }

    // MARK: Blocks

    func add(_ block: WordBlock) {
        switch block {
        case .table(let rows): addTable(rows)
        case .paragraph(let paragraph): addParagraph(paragraph)
        }
    }

    private func addParagraph(_ paragraph: WordParagraph) {
        let text = paragraph.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return }
        if paragraph.isTitle, title == nil {
            title = AgreementLayout.oneLine(text)
            summary.mapped += 1
            return
        }
        if paragraph.isSubtitle || (section == nil && !inUnknownSection && Vocabulary.kind.value(for: text) != nil) {
            if let kind = Vocabulary.kind.value(for: text).flatMap(AgreementKind.init(rawValue:)) {
                kindFromDocument = kind
                summary.mapped += 1
            } else {
                subtitle = text
                leaveOver(text)
            }
            return
        }
        if let level = headingLevel(of: paragraph, text: text) {
            // A document without a Title style starts with its title in bold or as a heading.
            if title == nil, section == nil, !inUnknownSection, summary.mapped == 0,
                SectionHeadings.section(forHeading: text) == nil
            {
                title = AgreementLayout.oneLine(text)
                summary.mapped += 1
                return
            }
            addHeading(text, level: level)
            return
        }
        if paragraph.isListItem {
            addListItem(text)
            return
        }
        listLabel = nil
        if addLabelled(text) { return }
        addBody(text)
    }

    /// The level of a heading: from its style or outline level, or 1 for a short bold or
    /// numbered paragraph that names a section, 2 for another short bold one.
    private func headingLevel(of paragraph: WordParagraph, text: String) -> Int? {
        if let level = paragraph.headingLevel { return level }
        guard text.count <= 80, !text.hasSuffix("."), !text.hasSuffix(":"), !paragraph.isListItem else { return nil }
        if let colon = text.firstIndex(of: ":"),
            !text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces).isEmpty
        {
            return nil
        }
        let numbered = text.firstMatch(of: /^(§\s*)?\d+(\.\d+)*\.?\s+\S/) != nil
        if (paragraph.isBold || numbered), SectionHeadings.section(forHeading: text) != nil { return 1 }
        return paragraph.isBold ? 2 : nil
    }

    private func addHeading(_ text: String, level: Int) {
        listLabel = nil
        let subsections: [AgreementSection] = [.parties, .commitments, .signatures]
        if let found = SectionHeadings.section(forHeading: text),
            !(level >= 2 && section.map(subsections.contains) == true && resolveParty(text) != nil)
        {
            section = found
            inUnknownSection = false
            currentParty = nil
            commitmentParty = nil
            signature = nil
            if let language = SectionHeadings.language(ofHeading: text) { votes[language, default: 0] += 1 }
            return
        }
        if level >= 2, let section, subsections.contains(section) {
            addSubheading(text, in: section)
            return
        }
        if level == 1 {
            section = nil
            inUnknownSection = true
        }
        leaveOver(text)
    }

    private func addSubheading(_ text: String, in section: AgreementSection) {
        switch section {
        case .parties:
            let name = Self.stripPartyPrefix(text)
            currentParty = ensureParty(name: name, orgNumber: TextPatterns.orgNumber(in: text))
        case .commitments:
            commitmentParty = resolveParty(text).map { parties[$0].id }
            if commitmentParty == nil,
                !["alla parter", "all parties", "gemensamma åtaganden", "gemensamt", "joint commitments"].contains(
                    text.lowercased())
            {
                leaveOver(text)
            }
        default:
            startSignature(text)
        }
    }

    private func addListItem(_ text: String) {
        bodyText += " " + text
        if let listLabel {
            root.list(at: listLabel.path).append(.text(text))
            summary.mapped += 1
            return
        }
        switch section {
        case .commitments:
            addCommitment(text)
        case .signatures:
            addSignatureLine(text)
        default:
            if let key = section?.textKey, !inUnknownSection {
                appendText("- " + text, to: key)
            } else {
                leaveOver("- " + text)
            }
        }
    }

    private func addBody(_ text: String) {
        bodyText += " " + text
        if let between = TextPatterns.partiesBetween(in: text),
            section == nil || section == .parties || section == .background
        {
            for party in between { _ = ensureParty(name: party.name, orgNumber: party.orgNumber) }
            if section == .background { appendText(text, to: ["background"]) }
            return
        }
        guard !inUnknownSection, let section else {
            leaveOver(text)
            return
        }
        switch section {
        case .parties: addPartyText(text)
        case .commitments: addCommitmentText(text)
        case .signatures: addSignatureLine(text)
        case .term: addTermText(text)
        case .termination:
            takeNotice(from: text)
            appendText(text, to: ["termination"])
        case .resources, .economy:
            let resource = takeMoney(from: text)
            if section == .economy {
                appendText(text, to: ["economy", "payment"])
            } else if !resource {
                leaveOver(text)
            }
        default:
            if let key = section.textKey { appendText(text, to: key) } else { leaveOver(text) }
        }
    }

    // MARK: Values

    /// Keeps `text` as a comment where it was.
    func leaveOver(_ text: String) {
        let lines = text.split(separator: "\n").map { YAMLText.commentText(String($0)) }
        guard !lines.isEmpty else { return }
        pendingComments += lines
        summary.leftOver += 1
    }

    var pendingComments: [String] = []

    /// Sets a top-level value and puts pending comments before the key it lands in.
    func set(_ path: [String], _ value: DraftNode, mapped: Bool = true) {
        attachComments(toTopLevel: path[0])
        root.set(path, value)
        if mapped { summary.mapped += 1 }
    }

    func attachComments(toTopLevel key: String) {
        guard !pendingComments.isEmpty else { return }
        if root[key] == nil { root.set(key, DraftNode(.map)) }
        root[key]!.comments += pendingComments
        pendingComments = []
    }

    func appendText(_ text: String, to path: [String]) {
        let existing = root.map(at: Array(path.dropLast()))[path.last!]?.scalar ?? ""
        set(path, .text(existing.isEmpty ? text : existing + "\n\n" + text), mapped: existing.isEmpty)
    }

    /// A guessed value, written so that the linter flags it, and listed in the summary.
    func guess(_ value: String, at path: String) -> DraftNode {
        summary.guessed.append(path)
        return .text("TODO: " + value)
    }

    // MARK: Parties

    static func stripPartyPrefix(_ text: String) -> String {
        var name = text
        if let match = name.firstMatch(of: /^(?i)(part|party)\s*\d*\s*[:.–-]\s*/) {
            name = String(name[match.range.upperBound...])
        }
        if let paren = name.firstIndex(of: "("), TextPatterns.orgNumber(in: String(name[paren...])) != nil {
            name = String(name[..<paren])
        }
        if let comma = name.range(of: #"(?i),?\s*org\.?\s*nr"#, options: .regularExpression) {
            name = String(name[..<comma.lowerBound])
        }
        return name.trimmingCharacters(in: CharacterSet(charactersIn: " ,.:"))
    }

    /// The index of the party named `name`, made when there is none.
    func ensureParty(name: String, orgNumber: String?) -> Int {
        if let found = resolveParty(name) {
            if let orgNumber, parties[found].node["org-number"] == nil {
                parties[found].node.set("org-number", .text(orgNumber))
                summary.mapped += 1
            }
            return found
        }
        var id = TextPatterns.slug(name)
        var suffix = 2
        while parties.contains(where: { $0.id == id }) {
            id = TextPatterns.slug(name) + "-\(suffix)"
            suffix += 1
        }
        let node = DraftNode(.map)
        node.set("id", .plain(id))
        node.set("name", .text(name))
        summary.mapped += 1
        if let orgNumber {
            node.set("org-number", .text(orgNumber))
            summary.mapped += 1
        }
        attachComments(toTopLevel: "parties")
        root.list(at: ["parties"]).append(node)
        parties.append((id, name, node))
        return parties.count - 1
    }

    /// The party a text names: its whole name, or a name that contains the text or is contained.
    func resolveParty(_ text: String) -> Int? {
        var key = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " .:,"))
        for prefix in ["för ", "for ", "on behalf of "] where key.hasPrefix(prefix) {
            key = String(key.dropFirst(prefix.count))
        }
        guard !key.isEmpty else { return nil }
        if let exact = parties.firstIndex(where: { $0.name.lowercased() == key || $0.id == key }) { return exact }
        let candidates = parties.indices.filter { index in
            let name = parties[index].name.lowercased()
            return (key.count >= 4 && name.contains(key)) || key.contains(name)
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// A party reference for a name: the id, or a guess marked TODO.
    func partyReference(_ name: String, at path: String) -> DraftNode {
        if let index = resolveParty(name) { return .plain(parties[index].id) }
        return guess(name, at: path)
    }

    private func addPartyText(_ text: String) {
        if let number = TextPatterns.orgNumber(in: text), text.count < 200 {
            let name = Self.stripPartyPrefix(text)
            if name.count < 100, !name.contains(number) {
                currentParty = ensureParty(name: name, orgNumber: number)
                return
            }
        }
        leaveOver(text)
    }

    // MARK: Commitments

    private func addCommitmentText(_ text: String) {
        if text.hasSuffix(":"), let index = partyNamed(in: text) {
            commitmentParty = parties[index].id
            return
        }
        if let index = partyNamed(in: text),
            text.lowercased().contains("åtar sig") || text.lowercased().contains("undertakes")
        {
            let item = DraftNode(.map)
            item.set("party", .plain(parties[index].id))
            item.set("what", .text(text))
            attachComments(toTopLevel: "commitments")
            root.list(at: ["commitments"]).append(item)
            summary.mapped += 2
            return
        }
        addCommitment(text)
    }

    func addCommitment(_ text: String) {
        let item = DraftNode(.map)
        if let commitmentParty {
            item.set("party", .plain(commitmentParty))
            summary.mapped += 1
        }
        item.set("what", .text(text))
        summary.mapped += 1
        attachComments(toTopLevel: "commitments")
        root.list(at: ["commitments"]).append(item)
    }

    /// The one party whose name `text` contains.
    func partyNamed(in text: String) -> Int? {
        let lowered = text.lowercased()
        let found = parties.indices.filter { lowered.contains(parties[$0].name.lowercased()) }
        return found.count == 1 ? found[0] : nil
    }

    // MARK: Term, notice, money

    private func addTermText(_ text: String) {
        var used = false
        let (start, end) = TextPatterns.term(in: text)
        if let start, root["term"]?["start"] == nil {
            set(["term", "start"], .plain(start.description))
            used = true
        }
        if let end, root["term"]?["end"] == nil {
            set(["term", "end"], .plain(end.description))
            used = true
        }
        if takeNotice(from: text) { used = true }
        if !used {
            if ["förläng", "extend", "extension", "renew"].contains(where: text.lowercased().contains) {
                appendText(text, to: ["term", "extension"])
            } else {
                leaveOver(text)
            }
        }
    }

    @discardableResult
    func takeNotice(from text: String) -> Bool {
        guard root["term"]?["notice-months"] == nil, let months = TextPatterns.noticeMonths(in: text) else {
            return false
        }
        set(["term", "notice-months"], .plain(String(months)))
        return true
    }

    /// A resource of money from a sentence naming a party and an amount; whether one was made.
    @discardableResult
    private func takeMoney(from text: String) -> Bool {
        guard let amount = TextPatterns.money(in: text) else { return false }
        let item = DraftNode(.map)
        if let index = partyNamed(in: text) {
            item.set("party", .plain(parties[index].id))
        } else if let generic = genericParty(in: text) {
            item.set("party", guess(generic, at: "resources[].party"))
        }
        item.set("kind", .plain("money"))
        item.set("amount", .plain(Self.yamlNumber(amount)))
        item.set("unit", .plain("SEK"))
        if let period = TextPatterns.period(in: text) { item.set("per", .plain(period)) }
        item.set("description", .text(text))
        summary.mapped += 3
        attachComments(toTopLevel: "resources")
        root.list(at: ["resources"]).append(item)
        return true
    }

    /// "kommunen", "föreningen": the party of that type, as a guess.
    private func genericParty(in text: String) -> String? {
        let lowered = text.lowercased()
        let type: String? =
            ["kommunen", "regionen", "staden", "the municipality"].contains(where: lowered.contains)
            ? "public"
            : ["föreningen", "organisationen", "the association"].contains(where: lowered.contains) ? "idea-based" : nil
        guard let type else { return nil }
        let matching = parties.filter { TextPatterns.partyType(forName: $0.name) == type }
        return matching.count == 1 ? matching[0].id : nil
    }

    static func yamlNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
