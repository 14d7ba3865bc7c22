extension TextReporter {
    /// The last line of text output: `3 errors, 2 warnings, 1 info in 12 files`, or
    /// `No problems in 4 files`; in Swedish `3 fel, 2 varningar, 1 info i 12 filer`. It counts
    /// every finding, also those `--quiet` does not show, and names how many an
    /// `iop-lint-disable…` comment suppressed and a baseline recorded, and how many baseline entries
    /// matched nothing (`(2 suppressed, 5 baselined; 1 baseline entry matches nothing)`), and
    /// the YAML files `skipped` as not agreements (`; 2 YAML files skipped: not agreements`).
    static func summary(of report: ReportTally, in language: Language, skipped: Int = 0) -> String {
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = report.count(severity)
            return count == 0 ? nil : "\(count) \(noun(severity, count: count, in: language))"
        }
        let files = report.files
        let fileWord =
            switch language {
            case .en: files == 1 ? "file" : "files"
            case .sv: files == 1 ? "fil" : "filer"
            }
        let preposition = language == .en ? "in" : "i"
        let problems =
            counts.isEmpty ? (language == .en ? "No problems" : "Inga problem") : counts.joined(separator: ", ")
        return "\(problems) \(preposition) \(files) \(fileWord)\(notes(on: report, in: language))"
            + skippedNote(skipped, in: language)
    }

    /// `; 2 YAML files skipped: not agreements`, or nothing when none was skipped.
    private static func skippedNote(_ skipped: Int, in language: Language) -> String {
        guard skipped > 0 else { return "" }
        return switch language {
        case .en: "; \(skipped) YAML \(skipped == 1 ? "file" : "files") skipped: not agreements"
        case .sv: "; \(skipped) YAML-\(skipped == 1 ? "fil" : "filer") överhoppade: inte överenskommelser"
        }
    }

    /// ` (2 suppressed, 5 baselined; 1 baseline entry matches nothing)`, or nothing when there
    /// is nothing to say.
    private static func notes(on report: ReportTally, in language: Language) -> String {
        let (suppressed, baselined, unmatched) =
            (report.suppressed, report.baselined, report.unmatchedBaselineEntries)
        var counted: [String] = []
        var stale: String?
        switch language {
        case .en:
            if suppressed > 0 { counted.append("\(suppressed) suppressed") }
            if baselined > 0 { counted.append("\(baselined) baselined") }
            if unmatched > 0 {
                stale = "\(unmatched) baseline \(unmatched == 1 ? "entry matches" : "entries match") nothing"
            }
        case .sv:
            if suppressed > 0 {
                counted.append("\(suppressed) \(suppressed == 1 ? "undantagen" : "undantagna") med kommentar")
            }
            if baselined > 0 { counted.append("\(baselined) i baslinjen") }
            if unmatched > 0 { stale = "\(unmatched) \(unmatched == 1 ? "post" : "poster") i baslinjen matchar inget" }
        }
        let parts = [counted.isEmpty ? nil : counted.joined(separator: ", "), stale].compactMap { $0 }
        return parts.isEmpty ? "" : " (\(parts.joined(separator: "; ")))"
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
