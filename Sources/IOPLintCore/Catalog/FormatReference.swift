/// The reference of the agreement format, `docs/agreement-format.md`, generated from
/// ``AgreementFormat`` so that it never drifts from what the decoder reads.
public struct FormatReference: Sendable {
    public var format: AgreementFormat
    /// The rules of the `format` pack, listed at the end.
    public var formatRules: [RuleDescription]

    public init(format: AgreementFormat = .current, formatRules: [RuleDescription]) {
        self.format = format
        self.formatRules = formatRules.sorted { $0.id < $1.id }
    }

    /// The heading of the section that describes `key`: its own section when it has keys of its
    /// own, else the section of the map that holds it.
    public static func heading(of key: FormatKey) -> String {
        heading(ofSection: key.type.hasKeys ? key.childrenPath : key.parentPath)
    }

    /// The link target of `key` in the reference, relative to `docs/` (`agreement-format.md#term`).
    public static func link(to key: FormatKey) -> String {
        "agreement-format.md#\(Markdown.anchor(heading(of: key)))"
    }

    public func markdown() -> String {
        var text = Self.introduction(version: format.version)
        text += section("", intro: "Keys at the top of the document.")
        for key in format.keys where key.type.hasKeys {
            text += section(key.childrenPath, intro: "\(key.meaning.en) *(\(key.meaning.sv))*")
        }
        text += rules()
        return text
    }

    private static func heading(ofSection path: String) -> String {
        path.isEmpty ? "Top-level keys" : "`\(path)`"
    }

    private func section(_ path: String, intro: String) -> String {
        let keys = format.children(of: path)
        var text = "## \(Self.heading(ofSection: path))\n\n\(intro)\n\n"
        text += "| key | type | meaning | example |\n| --- | --- | --- | --- |\n"
        for key in keys {
            var name = "`\(key.name)`"
            if key.isRequired { name += " (required)" }
            if !key.aliases.isEmpty { name += " (also " + key.aliases.map { "`\($0)`" }.joined(separator: ", ") + ")" }
            let meaning = "\(key.meaning.en) *(\(key.meaning.sv))*"
            text += "| \(name) | \(Markdown.cell(typeName(key))) | \(Markdown.cell(meaning)) | \(exampleCell(key)) |\n"
        }
        text += "\n"
        for key in keys where !key.values.isEmpty {
            text +=
                "Values of `\(key.name)`" + (key.isEnumeration ? "" : " (suggested; other text is allowed)") + ":\n\n"
            for value in key.values {
                let meaning = value.meaning.en.isEmpty ? "" : " — \(value.meaning.en) *(\(value.meaning.sv))*"
                text += "- `\(value.value)`\(meaning)\n"
            }
            text += "\n"
        }
        return text
    }

    private func typeName(_ key: FormatKey) -> String {
        let link = { (type: FormatType) in
            type.hasKeys
                ? "[\(type.name.en)](#\(Markdown.anchor(Self.heading(ofSection: key.childrenPath))))" : type.name.en
        }
        if key.isEnumeration {
            let values = key.values.map { "`\($0.value)`" }.joined(separator: " | ")
            return key.type.itemType == nil ? values : "list of \(values)"
        }
        return link(key.type)
    }

    private func exampleCell(_ key: FormatKey) -> String {
        let code = key.example.contains("`") ? "`` \(key.example) ``" : "`\(key.example)`"
        return Markdown.cell(code)
    }

    private func rules() -> String {
        var text = """
            ## What the format itself reports

            The parser reports only what is malformed; the rule packs say what a sound agreement must
            have ([rules.md](rules.md)). A value that fails its type is left out of the model, so that no
            rule crashes or reports it twice.

            | rule | severity | when |
            | --- | --- | --- |

            """
        for rule in formatRules {
            let link = "[`\(rule.id)`](rules.md#\(Markdown.anchor("`\(rule.id)`")))"
            text += "| \(link) | \(rule.severity.rawValue) | \(Markdown.cell(rule.summary.en)) |\n"
        }
        return text
    }

    private static func introduction(version: Int) -> String {
        """
        # The agreement format (version \(version))

        Generated from the description of the format in iop-lint (`AgreementFormat`); do not edit.
        The parser takes the keys it knows from the same description, and `iop-lint schema` makes a
        JSON Schema of it for editors ([schemas/agreement.schema.json](../schemas/agreement.schema.json),
        in Swedish [schemas/agreement.sv.schema.json](../schemas/agreement.sv.schema.json)).

        An agreement is one YAML document (a file may hold several, separated by `---`) that starts
        with `iop-lint: \(version)`. Keys are English kebab-case; free text is written in the
        agreement's own language (`language: sv` or `en`). Every section is optional to the parser —
        a draft may be incomplete; the rule packs say what a sound agreement must have. Keys that
        start with `x-` are extensions: kept, never reported, and available to custom rules.

        A complete agreement: [examples/iop/huddinge-iop-kvinna.yaml](../examples/iop/huddinge-iop-kvinna.yaml).
        A commented starter with every section the rules for its kind read:
        `iop-lint init --kind iop|overenskommelse|kommunalt-partnerskap|samverkan --lang sv|en -o FILE`.

        ## Types

        | type | written as |
        | --- | --- |
        | text | a string; block scalars (`\\|`, `>`) are welcome; a number is kept as text |
        | id | `[a-z0-9][a-z0-9-]*`: lower-case letters, digits and `-` |
        | date | `YYYY-MM-DD`, a real calendar date |
        | number | an integer or a decimal (`0.5`) |
        | integer | a whole number |
        | boolean | `true` or `false` |
        | party-ref | the `id` of one of `parties` |
        | map | keys and values, in block or flow style (`{ start: 2025-03-01 }`) |
        | list of X | items of type X, in block or flow style (`[a, b]`) |

        ## Anchors, aliases and merge keys

        An anchor (`&name`) and an alias (`*name`) may repeat a whole value: the alias stands for a
        copy of it. Merge keys (`<<: *name`, from YAML 1.1) are not supported and are an error
        (`format/yaml-syntax`) at the `<<`: YAML 1.2 has no merge keys, so other tools read them as
        an ordinary key named `<<`, and an agreement is read by people who should find each value
        written where it applies. Write the keys out instead.


        """
    }
}
