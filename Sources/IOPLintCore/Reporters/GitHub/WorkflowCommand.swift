/// One GitHub Actions workflow command, `::name key=value,key=value::data`, on one line.
///
/// Values are escaped as GitHub's toolkit (`@actions/core`, `command.ts`) escapes them, so that
/// the runner reads back exactly what was given: in the data `%`, CR and LF become `%25`, `%0D`
/// and `%0A`; in property values `:` and `,` also become `%3A` and `%2C`. Escaping works on
/// Unicode scalars, so a CR LF pair (one `Character` in Swift) becomes `%0D%0A`. Every other
/// control and bidi scalar is shown as ``TerminalText`` shows it (`\u{1B}`): the runner prints
/// the line in the job's log, where an escape sequence would recolour or rewrite it.
struct WorkflowCommand: Equatable {
    struct Property: Equatable {
        var key: String
        var value: String

        init(_ key: String, _ value: String) {
            self.key = key
            self.value = value
        }
    }

    /// `error`, `warning`, `notice`, …
    var name: String
    /// Written in this order; a property with an empty value is left out, as the toolkit does.
    var properties: [Property]
    var data: String

    /// The command as the runner reads it, without a line break.
    var line: String {
        let written = properties.filter { !$0.value.isEmpty }.map { "\($0.key)=\(Self.escapedProperty($0.value))" }
        let list = written.isEmpty ? "" : " " + written.joined(separator: ",")
        return "::\(name)\(list)::\(Self.escapedData(data))"
    }

    /// `text` as the data of a command: `%`, CR and LF percent-encoded.
    static func escapedData(_ text: String) -> String {
        escaped(text, also: [])
    }

    /// `text` as a property value: as ``escapedData(_:)``, and `:` and `,` percent-encoded.
    static func escapedProperty(_ text: String) -> String {
        escaped(text, also: [":", ","])
    }

    private static func escaped(_ text: String, also extra: Set<Unicode.Scalar>) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case ":" where extra.contains(scalar): result += "%3A"
            case "," where extra.contains(scalar): result += "%2C"
            default:
                if let shown = TerminalText.escape(scalar) {
                    result += shown
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
