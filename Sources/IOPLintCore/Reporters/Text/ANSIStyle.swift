/// Colours and weights of text output, as plain ANSI escapes; with `enabled` false every
/// function returns its text without a single escape of its own.
///
/// Every function shows the control characters of its text escaped (``TerminalText``): the
/// text format builds its lines from these functions alone, so the only escapes it writes
/// are its own colours.
struct ANSIStyle {
    var enabled: Bool

    /// `text` without colour.
    func plain(_ text: some StringProtocol) -> String { TerminalText.escaped(text) }

    func bold(_ text: String) -> String { apply("1", text) }

    func dim(_ text: String) -> String { apply("2", text) }

    /// Red for errors, yellow for warnings, blue for info.
    func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .error: apply("31", text)
        case .warning: apply("33", text)
        case .info: apply("34", text)
        }
    }

    private func apply(_ code: String, _ text: String) -> String {
        let shown = TerminalText.escaped(text)
        return enabled && !text.isEmpty ? "\u{1B}[\(code)m\(shown)\u{1B}[0m" : shown
    }
}
