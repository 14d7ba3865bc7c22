import IOPLintCore

extension DraftBuilder {
    /// The agreement's YAML: the head keys filled in, party types guessed where the document
    /// gives none, comments left at the end kept there.
    func finish() -> String {
        root.set("iop-lint", .plain("1"))
        if let title {
            root.set("title", .text(title))
            root.set("id", .plain(TextPatterns.slug(title, maxLength: 60)))
        } else {
            root.remove("title")
            root.set("id", .plain(TextPatterns.slug(options.fallbackID, maxLength: 60)))
        }
        if let kind = options.kind ?? kindFromDocument {
            root.set("kind", .plain(kind.rawValue))
        } else if let kind = guessKind() {
            root.set("kind", guess(kind, at: "kind"))
        } else {
            root.remove("kind")
        }
        root.set("language", .plain((options.language ?? detectLanguage()).rawValue))
        root.set("status", .plain("draft"))
        for (index, party) in parties.enumerated() where party.node["type"] == nil {
            if let type = TextPatterns.partyType(forName: party.name) {
                party.node.set("type", guess(type, at: "parties[\(index)].type"))
            }
        }
        root.trailingComments += pendingComments
        pendingComments = []
        return root.yaml()
    }

    /// The kind the title and subtitle suggest.
    private func guessKind() -> String? {
        let text = ((title ?? "") + " " + (subtitle ?? "") + " " + bodyText.prefix(2000)).lowercased()
        if text.contains("icld") || text.contains("kommunalt partnerskap") || text.contains("municipal partnership") {
            return "kommunalt-partnerskap"
        }
        let words = Set(text.split(whereSeparator: { !$0.isLetter }).map(String.init))
        if words.contains("iop") || text.contains("idéburet offentligt partnerskap") { return "iop" }
        if text.contains("bostadsområde") || text.contains("fastighetsägare") || words.contains("bid") {
            return "samverkan"
        }
        if text.contains("överenskommelse") { return "overenskommelse" }
        return nil
    }

    /// The language of the running text, by its common words; when they do not tell, the
    /// package's `dc:language`, then the headings; else Swedish.
    private func detectLanguage() -> Language {
        let words = bodyText.lowercased().split(whereSeparator: { !$0.isLetter })
        let swedish = words.filter { ["och", "att", "för", "med", "som", "är", "av", "parterna", "till"].contains($0) }
            .count
        let english = words.filter { ["and", "the", "for", "with", "that", "is", "of", "parties", "to"].contains($0) }
            .count
        if swedish + english >= 4, swedish * 2 >= english * 3 || english * 2 >= swedish * 3 {
            return swedish > english ? .sv : .en
        }
        if let language = options.documentLanguage { return language }
        let sv = votes[.sv, default: 0]
        let en = votes[.en, default: 0]
        if sv != en { return sv > en ? .sv : .en }
        return english > swedish ? .en : .sv
    }
}
