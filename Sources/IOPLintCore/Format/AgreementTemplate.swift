/// A commented starter agreement of one kind, in one language: what `iop-lint init` writes.
///
/// It holds every section that the rules for the kind read (``AgreementFormat`` keys named by
/// the rules that apply to a draft of that kind), each with a comment saying what to write
/// there and why, taken from the key's meaning and the rationale of a rule that reads it. Where
/// only a person can answer, the value is a placeholder: a bracketed request in the text
/// (`[fyll i …]`, `[insert …]`) or, for a date, number or choice, an empty value. The template
/// gives no `format/…` finding; the rules' findings on it point at its placeholders.
public struct AgreementTemplate: Sendable {
    public var kind: AgreementKind
    public var language: Language
    /// What the first line's `# yaml-language-server: $schema=` names; a path is relative to the
    /// agreement's file.
    public var schemaLocation: String

    /// The location `iop-lint init` writes by default: a schema beside the agreement.
    public static let defaultSchemaLocation = "agreement.schema.json"

    public init(kind: AgreementKind, language: Language, schemaLocation: String = defaultSchemaLocation) {
        self.kind = kind
        self.language = language
        self.schemaLocation = schemaLocation
    }

    /// The whole starter agreement.
    public func text() -> String {
        var text = "# yaml-language-server: $schema=\(schemaLocation)\n"
        text += comment(header) + "\n"
        text += "iop-lint: \(AgreementFormat.current.version)\n"
        text += "id: \(kind == .kommunaltPartnerskap ? "ny-partnerskap" : "ny-overenskommelse")\n"
        text += "title: \(placeholder(AgreementFormat.current.key(at: "title")!))\n"
        text += "kind: \(kind.rawValue)\nlanguage: \(language.rawValue)\nstatus: draft\n"
        for name in sectionNames {
            text += "\n" + (section(name) ?? "")
        }
        return text
    }

    /// The sections the template writes after its opening lines (`iop-lint`, `id`, `title`,
    /// `kind`, `language`, `status`), in the order of the format.
    public var sectionNames: [String] {
        let needed = TemplateKeys.needed(for: kind)
        let opening: Set = ["iop-lint", "id", "title", "kind", "language", "status"]
        return AgreementFormat.current.children(of: "").map(\.name).filter {
            needed.contains($0) && !opening.contains($0)
        }
    }

    /// The skeleton of one top-level section (`term`, `parties`), with its comment, as the
    /// template writes it: for inserting a missing section into an agreement. `nil` for a key
    /// that is not a top-level key of the format.
    public func section(_ name: String) -> String? {
        guard let key = AgreementFormat.current.key(at: name), key.parentPath.isEmpty else { return nil }
        var text = comment(TemplateKeys.explanation(of: key, kind: kind, language: language))
        text += TemplateWriter(kind: kind, language: language).write(key, indent: "")
        return text
    }

    private var header: String {
        language == .sv
            ? "Utkast till överenskommelse (\(kind.rawValue)). Fyll i det som står inom [hakparentes] och de tomma"
                + " värdena; kör sedan `iop-lint` på filen för att se vad som återstår. Nycklarna beskrivs i"
                + " docs/agreement-format.md och av `iop-lint schema`."
            : "Draft agreement (\(kind.rawValue)). Fill in what is in [brackets] and the empty values; then run"
                + " `iop-lint` on the file to see what remains. The keys are described in docs/agreement-format.md"
                + " and by `iop-lint schema`."
    }

    private func placeholder(_ key: FormatKey) -> String {
        TemplateWriter(kind: kind, language: language).placeholder(for: key)
    }

    /// `text` as `# ` comment lines of at most 100 columns.
    func comment(_ text: String, indent: String = "") -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, indent.count + 2 + line.count + 1 + word.count > 100 {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { "\(indent)# \($0)\n" }.joined()
    }
}
