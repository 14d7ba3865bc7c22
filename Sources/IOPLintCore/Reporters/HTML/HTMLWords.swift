/// The words of the `html` format's page, in English and Swedish: written for an official who
/// reads agreements, not for a programmer.
enum HTMLWords {
    static let heading = LocalizedText(en: "Review of partnership agreements", sv: "Granskning av partnerskapsavtal")
    static let legendError = LocalizedText(en: "must be put right.", sv: "behöver rättas.")
    static let legendWarning = LocalizedText(en: "should be looked at.", sv: "bör ses över.")
    static let legendInfo = LocalizedText(en: "is a suggestion.", sv: "är ett förslag.")
    static let failures = LocalizedText(en: "Could not be checked", sv: "Kunde inte granskas")
    static let overview = LocalizedText(en: "Overview", sv: "Översikt")
    static let file = LocalizedText(en: "File", sv: "Fil")
    static let files = LocalizedText(en: "files", sv: "filer")
    static let oneFile = LocalizedText(en: "file", sv: "fil")
    static let checklists = LocalizedText(en: "Checklists", sv: "Checklistor")
    static let document = LocalizedText(en: "Document", sv: "Dokument")
    static let met = LocalizedText(en: "Met", sv: "Uppfylld")
    static let notMet = LocalizedText(en: "Not met", sv: "Inte uppfylld")
    static let findingsInText = LocalizedText(en: "Findings in the text", sv: "Anmärkningar i texten")
    static let findingsWithoutLine = LocalizedText(
        en: "Findings without a line to show", sv: "Anmärkningar utan rad att visa")
    static let rule = LocalizedText(en: "Rule", sv: "Regel")
    static let suppressed = LocalizedText(en: "Switched off", sv: "Undantagen")
    static let reason = LocalizedText(en: "Why", sv: "Skäl")
    static let line = LocalizedText(en: "line", sv: "rad")
    static let noProblems = LocalizedText(en: "No problems found.", sv: "Inga problem hittades.")
    static let noErrors = LocalizedText(
        en: "No errors found (only errors are listed).", sv: "Inga fel hittades (bara fel visas).")
    static let lineNumbers = LocalizedText(en: "The text with line numbers", sv: "Texten med radnummer")

    /// `Error`, `Warning`, `Info`: a severity as a label.
    static func label(_ severity: Severity) -> LocalizedText {
        switch severity {
        case .error: LocalizedText(en: "Error", sv: "Fel")
        case .warning: LocalizedText(en: "Warning", sv: "Varning")
        case .info: LocalizedText(en: "Info", sv: "Info")
        }
    }

    /// `Errors`, `Varningar`: the heading of a column of counts.
    static func column(_ severity: Severity) -> LocalizedText {
        switch severity {
        case .error: LocalizedText(en: "Errors", sv: "Fel")
        case .warning: LocalizedText(en: "Warnings", sv: "Varningar")
        case .info: LocalizedText(en: "Info", sv: "Info")
        }
    }

    /// `3 errors`, `1 varning`: a count of findings of one severity.
    static func count(_ count: Int, _ severity: Severity) -> LocalizedText {
        noun(severity, count: count).map { noun, _ in "\(count) \(noun)" }
    }

    /// `errors`, `varning`: the noun of a severity after `count`.
    static func noun(_ severity: Severity, count: Int) -> LocalizedText {
        switch severity {
        case .error: LocalizedText(en: count == 1 ? "error" : "errors", sv: "fel")
        case .warning: LocalizedText(en: count == 1 ? "warning" : "warnings", sv: count == 1 ? "varning" : "varningar")
        case .info: LocalizedText("info")
        }
    }

    /// `2 switched off`: findings an `iop-lint-disable…` comment switched off.
    static func suppressedCount(_ count: Int) -> LocalizedText {
        LocalizedText(en: "\(count) switched off", sv: "\(count) \(count == 1 ? "undantagen" : "undantagna")")
    }

    /// `5 of 7 points met`.
    static func score(_ met: Int, _ total: Int) -> LocalizedText {
        LocalizedText(en: "\(met) of \(total) points met", sv: "\(met) av \(total) punkter uppfyllda")
    }

    /// `12 lines not shown`.
    static func gap(_ lines: Int) -> LocalizedText {
        LocalizedText(
            en: "\(lines) \(lines == 1 ? "line" : "lines") not shown",
            sv: "\(lines) \(lines == 1 ? "rad" : "rader") visas inte")
    }

    /// `2 findings`: how many findings a checklist point links to.
    static func findingCount(_ count: Int) -> LocalizedText {
        LocalizedText(
            en: "\(count) \(count == 1 ? "finding" : "findings")",
            sv: "\(count) \(count == 1 ? "anmärkning" : "anmärkningar")")
    }

    static let filter = LocalizedText(en: "Show", sv: "Visa")
    static let severity = LocalizedText(en: "Severity", sv: "Allvarlighet")
    static let pack = LocalizedText(en: "Pack", sv: "Regelpaket")
    static let point = LocalizedText(en: "Checklist point", sv: "Punkt i checklista")
    static let all = LocalizedText(en: "All", sv: "Alla")
    static let showAll = LocalizedText(en: "Show everything", sv: "Visa allt")
    static let filterHint = LocalizedText(
        en:
            "Agreements with nothing to fix are collapsed; the filter shows only the agreements and findings that match.",
        sv: "Avtal utan något att rätta är hopfällda; filtret visar bara de avtal och anmärkningar som matchar.")

    /// `Made by iop-lint 0.1.0.`
    static let footer = LocalizedText(
        en:
            "Made by \(ToolInfo.name) \(ToolInfo.version). The page needs no network; only its filter needs JavaScript.",
        sv:
            "Skapad av \(ToolInfo.name) \(ToolInfo.version). Sidan behöver inget nätverk; bara filtret behöver JavaScript."
    )
}
