extension TextReporter {
    /// The last line of text output: `3 errors, 2 warnings, 1 info in 12 files`, or
    /// `No problems in 4 files`; in Swedish `3 fel, 2 varningar, 1 info i 12 filer`. It counts
    /// every finding, also those `--quiet` does not show, and names how many an
    /// `iop-lint-disable…` comment suppressed (`(2 suppressed)`).
    static func summary(of report: LintReport, in language: Language) -> String {
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = report.count(severity)
            return count == 0 ? nil : "\(count) \(noun(severity, count: count, in: language))"
        }
        let files = report.files.count
        let fileWord =
            switch language {
            case .en: files == 1 ? "file" : "files"
            case .sv: files == 1 ? "fil" : "filer"
            }
        let preposition = language == .en ? "in" : "i"
        let problems =
            counts.isEmpty ? (language == .en ? "No problems" : "Inga problem") : counts.joined(separator: ", ")
        let suppressed = report.suppressed.count
        let note =
            suppressed == 0 ? "" : language == .en ? " (\(suppressed) suppressed)" : " (\(suppressed) undantagna med kommentar)"
        return "\(problems) \(preposition) \(files) \(fileWord)\(note)"
    }

    private static func noun(_ severity: Severity, count: Int, in language: Language) -> String {
        switch (severity, language) {
        case (.error, .en): count == 1 ? "error" : "errors"
        case (.warning, .en): count == 1 ? "warning" : "warnings"
        case (.warning, .sv): count == 1 ? "varning" : "varningar"
        case (.error, .sv), (.info, _): severity.name(in: language)
        }
    }
}
