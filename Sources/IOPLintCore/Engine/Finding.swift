import IOPYAML

/// One thing a rule found in one file.
public struct Finding: Sendable, Hashable, Codable {
    public var ruleID: RuleID
    public var severity: Severity
    /// The message in both languages; reporters show the one asked for.
    public var message: LocalizedText
    /// The file as the user named it (relative to where iop-lint runs, or as given).
    public var file: String
    /// The document of the file (0-based) the finding is in.
    public var documentIndex: Int
    /// Where in the document: `parties[1].mandate`; empty for the document itself.
    public var path: DocumentPath
    /// The flagged source; for something missing, the closest thing that is there.
    public var range: SourceRange
    /// The `iop-lint-disable…` comment that switches the finding off, with its reason; `nil`
    /// for a finding that counts. Suppressed findings are kept apart in
    /// ``FileResult/suppressed``.
    public var suppression: Suppression?
    /// Whether the finding is about something that is not there (a missing section): `range` is
    /// then the empty spot where it belongs, and the text and HTML formats say "missing" there
    /// instead of marking text that is not at fault.
    public var isMissing: Bool

    public init(
        ruleID: RuleID, severity: Severity, message: LocalizedText, file: String, documentIndex: Int,
        path: DocumentPath, range: SourceRange, suppression: Suppression? = nil, isMissing: Bool = false
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.file = file
        self.documentIndex = documentIndex
        self.path = path
        self.range = range
        self.suppression = suppression
        self.isMissing = isMissing
    }

    /// Output order: file, line, column, rule id; then the rest, so that order never depends on
    /// how the work was scheduled.
    public static func inOutputOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.range.start.line != b.range.start.line { return a.range.start.line < b.range.start.line }
        if a.range.start.column != b.range.start.column { return a.range.start.column < b.range.start.column }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        if a.documentIndex != b.documentIndex { return a.documentIndex < b.documentIndex }
        if a.path != b.path { return a.path < b.path }
        if a.range != b.range { return a.range < b.range }
        return a.message.en < b.message.en
    }
}
