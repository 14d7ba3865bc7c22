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
        root.set("language", .plain((options.language ?? options.documentLanguage ?? detectLanguage()).rawValue))
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
        let text = ((title ?? "") + " " + (subtitle ?? "") + " " + allText.prefix(2000)).lowercased()
        if text.contains("icld") || text.contains("kommunalt partnerskap") || text.contains("municipal partnership") {
            return "kommunalt-partnerskap"
        }
        if text.contains("iop") || text.contains("idéburet offentligt partnerskap") { return "iop" }
        if text.contains("bostadsområde") || text.contains("fastighetsägare") || text.contains("bid") {
            return "samverkan"
        }
        if text.contains("överenskommelse") { return "overenskommelse" }
        return nil
    }

    /// Swedish or English: by the headings, else by common words.
    private func detectLanguage() -> Language {
        let sv = votes[.sv, default: 0]
        let en = votes[.en, default: 0]
        if sv != en { return sv > en ? .sv : .en }
        let words = allText.lowercased().split(whereSeparator: { !$0.isLetter })
        let swedish = words.filter { ["och", "att", "för", "med", "som", "är", "av", "parterna"].contains($0) }.count
        let english = words.filter { ["and", "the", "for", "with", "that", "is", "of", "parties"].contains($0) }.count
        return english > swedish ? .en : .sv
    }
}
