import Foundation
import IOPLintCore

extension DraftBuilder {
    // MARK: Labelled lines

    /// Reads `Label: value` with the labels of the current section; whether it was one.
    func addLabelled(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let label = String(text[..<colon])
        guard label.count <= 60, !label.contains("\n") else { return false }
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if section == .signatures, !inUnknownSection { return addSignatureLabel(label, value: value, line: text) }
        if section == .parties, !inUnknownSection, let field = FieldLabels.party.first(where: { $0.matches(label) }) {
            guard let currentParty else { return false }
            if let node = convert(value, kind: field.kind, path: "parties[].\(field.path.joined(separator: "."))") {
                parties[currentParty].node.set(field.path, node)
                summary.mapped += 1
                return true
            }
            return false
        }
        let labels = inUnknownSection ? FieldLabels.labels(of: nil) : FieldLabels.labels(of: section)
        if let field = labels.first(where: { $0.matches(label) }) {
            if value.isEmpty {
                listLabel = field
                return true
            }
            let path = field.path.joined(separator: ".")
            let node =
                path == "follow-up.frequency"
                ? .plain(Vocabulary.frequency.value(for: value) ?? "") : convert(value, kind: field.kind, path: path)
            if let node, node.scalar != "" {
                set(field.path, node)
                return true
            }
            if path == "follow-up.frequency" {
                set(field.path, .text(value))
                return true
            }
            return false
        }
        return addTermLabel(label, value: value)
    }

    /// `Avtalstid: 2025-03-01 – 2028-02-29`, `Uppsägningstid: sex månader` anywhere.
    private func addTermLabel(_ label: String, value: String) -> Bool {
        let key = FieldLabel.normalize(label)
        if ["avtalstid", "avtalsperiod", "giltighetstid", "term", "period", "avtalets giltighetstid"].contains(key) {
            let (start, end) = TextPatterns.term(in: "från " + value)
            if let start { set(["term", "start"], .plain(start.description)) }
            if let end { set(["term", "end"], .plain(end.description)) }
            return start != nil || end != nil
        }
        if ["uppsägningstid", "uppsägning", "notice period", "notice"].contains(key),
            let months = TextPatterns.noticeMonths(in: value, requireNoticeWord: false)
        {
            set(["term", "notice-months"], .plain(String(months)))
            return true
        }
        return false
    }

    /// A value of `kind` from a document's text, or `nil` when it is not one.
    func convert(_ value: String, kind: FieldLabel.ValueKind, path: String) -> DraftNode? {
        let value = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { return nil }
        switch kind {
        case .text:
            return .text(value)
        case .date:
            return TextPatterns.dates(in: value).first.map { .plain($0.description) }
        case .integer:
            guard let number = NumberText.parse(value) ?? TextPatterns.numberWords[value.lowercased()].map(Double.init),
                number == number.rounded()
            else { return nil }
            return .plain(String(Int(number)))
        case .number:
            return NumberText.parse(value).map { .plain(Self.yamlNumber($0)) }
        case .months:
            return TextPatterns.noticeMonths(in: value, requireNoticeWord: false).map { .plain(String($0)) }
        case .word(let vocabulary):
            return vocabulary.value(for: value).map { .plain($0) }
        case .words(let vocabulary):
            let words = Self.splitList(value)
            let values = words.compactMap { vocabulary.value(for: $0) }
            guard values.count == words.count else { return nil }
            let list = DraftNode(.list)
            for value in values { list.append(.plain(value)) }
            return list
        case .parties:
            let list = DraftNode(.list)
            if let known = knownParties(in: value) {
                for index in known { list.append(.plain(parties[index].id)) }
                return list
            }
            for name in Self.splitList(value) { list.append(partyReference(name, at: path + "[]")) }
            return list
        }
    }

    /// The parties a list of names names, in its order, when it is made of known names and
    /// separators only (so that a name with a comma or an "och" in it stays whole).
    func knownParties(in text: String) -> [Int]? {
        var rest = text.lowercased()
        var found: [(position: Int, party: Int)] = []
        for index in parties.indices.sorted(by: { parties[$0].name.count > parties[$1].name.count }) {
            let name = parties[index].name.lowercased()
            while let range = rest.range(of: name) {
                found.append((rest.distance(from: rest.startIndex, to: range.lowerBound), index))
                rest.replaceSubrange(range, with: String(repeating: "\u{1}", count: name.count))
            }
        }
        let leftover = rest.replacingOccurrences(of: "\u{1}", with: "").replacingOccurrences(of: " och ", with: "")
            .replacingOccurrences(of: " and ", with: "")
        guard !found.isEmpty, leftover.allSatisfy({ ",; ".contains($0) }) else { return nil }
        return found.sorted { $0.position < $1.position }.map(\.party)
    }

    /// `A, B och C` as `[A, B, C]`.
    static func splitList(_ text: String) -> [String] {
        text.replacingOccurrences(of: " och ", with: ",").replacingOccurrences(of: " and ", with: ",")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    // MARK: Tables

    func addTable(_ rows: [[String]]) {
        listLabel = nil
        let cleaned = rows.map { $0.map { AgreementLayout.oneLine($0) } }.filter { $0.contains { !$0.isEmpty } }
        guard let header = cleaned.first else { return }
        if let (shape, columns) = TableShape.shape(forHeader: header, in: inUnknownSection ? nil : section) {
            addRows(Array(cleaned.dropFirst()), shape: shape, columns: columns)
            return
        }
        if section == .signatures, !inUnknownSection {
            for column in header.indices {
                for row in rows {
                    guard column < row.count else { continue }
                    for line in row[column].split(separator: "\n") { addSignatureLine(String(line)) }
                }
                signature = nil
            }
            return
        }
        // A table of labels and values (`Organisationsnummer | 802015-1232`).
        if cleaned.allSatisfy({ $0.count == 2 }) {
            var unread: [[String]] = []
            for row in cleaned where !addLabelled(row[0] + ": " + row[1]) { unread.append(row) }
            for row in unread { leaveOver(row.joined(separator: " | ")) }
            return
        }
        leaveOver(cleaned.map { $0.joined(separator: " | ") }.joined(separator: "\n"))
    }

    private func addRows(_ rows: [[String]], shape: TableShape, columns: [TableShape.Column?]) {
        for row in rows {
            let first = FieldLabel.normalize(row.first ?? "")
            if ["summa", "totalt", "total", "sum", "summa kostnader"].contains(first) { continue }
            if shape.path == ["parties"] {
                addPartyRow(row, columns: columns)
                continue
            }
            let item = DraftNode(.map)
            var unread: [String] = []
            for (index, cell) in row.enumerated() where index < columns.count && !cell.isEmpty {
                guard let column = columns[index] else {
                    unread.append(cell)
                    continue
                }
                let path = shape.path.joined(separator: ".") + "[]." + column.key
                let node: DraftNode?
                switch column.kind {
                case .parties: node = partyReference(cell, at: path)
                case .word(let vocabulary) where column.key == "politician":
                    node = vocabulary.value(for: cell).map { .plain($0) }
                default: node = convert(cell, kind: column.kind, path: path)
                }
                if let node {
                    item.set(column.key, node)
                    summary.mapped += 1
                } else {
                    unread.append(cell)
                }
            }
            if item.isEmpty {
                leaveOver(row.joined(separator: " | "))
                continue
            }
            item.comments = unread.map { YAMLText.commentText($0) }
            summary.leftOver += unread.isEmpty ? 0 : 1
            attachComments(toTopLevel: shape.path[0])
            root.list(at: shape.path).append(item)
        }
    }

    private func addPartyRow(_ row: [String], columns: [TableShape.Column?]) {
        var values: [String: String] = [:]
        for (index, cell) in row.enumerated() where index < columns.count {
            if let column = columns[index], !cell.isEmpty { values[column.key] = cell }
        }
        guard let name = values["name"] else { return }
        let index = ensureParty(name: name, orgNumber: values["org-number"].flatMap(TextPatterns.orgNumber(in:)))
        for key in ["representative.name", "representative.title"] {
            if let value = values[key] {
                parties[index].node.set(key.split(separator: ".").map(String.init), .text(value))
                summary.mapped += 1
            }
        }
    }

    // MARK: Signatures

    func startSignature(_ text: String) {
        let node = DraftNode(.map)
        if let index = resolveParty(text) {
            node.set("party", .plain(parties[index].id))
            summary.mapped += 1
        }
        attachComments(toTopLevel: "signatures")
        root.list(at: ["signatures"]).append(node)
        signature = node
    }

    private func addSignatureLabel(_ label: String, value: String, line: String) -> Bool {
        if FieldLabels.placeAndDate.matches(label) || FieldLabel.normalize(label) == "ort, datum" {
            if let date = TextPatterns.dates(in: value).first { setSignature("date", .plain(date.description)) }
            return true
        }
        guard let field = FieldLabels.signature.first(where: { $0.matches(label) }) else { return false }
        if !value.isEmpty { setSignature(field.path[0], .text(value)) }
        return true
    }

    func addSignatureLine(_ text: String) {
        let line = text.trimmingCharacters(in: .whitespaces)
        if line.isEmpty || line.allSatisfy({ "_.-–… ".contains($0) }) { return }
        if addLabelled(line) { return }
        let lowered = line.lowercased()
        if lowered.hasPrefix("för ") || lowered.hasPrefix("for ")
            || (resolveParty(line) != nil && signature?["name"] != nil)
            || signature == nil
        {
            startSignature(line)
            return
        }
        if ["ort och datum", "ort, datum", "place and date", "datum", "date", "namnförtydligande"].contains(lowered) {
            return
        }
        if let date = TextPatterns.dates(in: line).first, line.count <= 40 {
            setSignature("date", .plain(date.description))
            return
        }
        if signature?["name"] == nil {
            setSignature("name", .text(line))
        } else if signature?["title"] == nil {
            setSignature("title", .text(line))
        } else {
            leaveOver(line)
        }
    }

    private func setSignature(_ key: String, _ value: DraftNode) {
        if signature == nil { startSignature("") }
        signature?.set(key, value)
        summary.mapped += 1
    }
}
