import IOPYAML

/// The `sarif` format: SARIF 2.1.0, valid against the official schema and meeting GitHub code
/// scanning's rules.
///
/// One run; `tool.driver.rules` describes every rule of the report, in id order, with the
/// `precision` and `problem.severity` GitHub orders alerts by; each result has one physical
/// location whose `uri` is relative to `%SRCROOT%` (absolute paths become `file://` URIs) and a
/// region with columns in Unicode scalars (`columnKind` `unicodeCodePoints`, ``region(of:)``).
///
/// Each result carries its ``Fingerprint`` twice in `partialFingerprints`: as `iopLint/v1`, and
/// as `primaryLocationLineHash`, the only key GitHub code scanning matches alerts by. GitHub's
/// upload action fills that key, when it is missing, with a hash of the source from the
/// finding's line on, which changes whenever nearby text does; iop-lint's fingerprint does not
/// depend on lines, so an alert follows its finding through edits elsewhere in the file.
/// Findings switched off by a comment are results with `suppressions` (kind `inSource`, the
/// reason as justification). Tool failures are `toolExecutionNotifications` of the one
/// invocation.
public struct SARIFReporter: Reporter {
    /// The key of ``Fingerprint`` values in `partialFingerprints`.
    public static let fingerprintKey = "iopLint/v\(Fingerprint.version)"
    /// The key of `partialFingerprints` that GitHub code scanning matches results by.
    public static let gitHubFingerprintKey = "primaryLocationLineHash"
    /// The base that relative artifact URIs resolve against: the root of the checkout.
    public static let sourceRoot = "%SRCROOT%"

    public init() {}

    public func render(_ report: LintReport, options: ReportOptions) -> String {
        let ruleIndex = Dictionary(
            report.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let results = (report.shownFindings(options) + report.shownSuppressed(options)).map { finding, fingerprint in
            let index = ruleIndex[finding.ruleID]
            return result(for: finding, fingerprint: fingerprint, ruleIndex: index, language: options.language)
        }
        let driver = SARIFLog.Driver(
            name: ToolInfo.name, version: ToolInfo.version, semanticVersion: ToolInfo.version,
            rules: report.rules.map { Self.descriptor(of: $0, in: options.language) })
        let scorecards = ScorecardOutput.all(in: report, language: options.language)
        let run = SARIFLog.Run(
            tool: SARIFLog.Tool(driver: driver), results: results,
            invocations: [invocation(report.failures, language: options.language)],
            properties: scorecards.isEmpty ? nil : SARIFLog.RunProperties(scorecards: scorecards))
        return JSONOutput.render(SARIFLog(runs: [run]))
    }

    private func result(
        for finding: Finding, fingerprint: String, ruleIndex: Int?, language: Language
    )
        -> SARIFLog.Result
    {
        let location = SARIFLog.Location(
            physicalLocation: SARIFLog.PhysicalLocation(
                artifactLocation: Self.artifactLocation(of: finding.file), region: Self.region(of: finding.range)),
            logicalLocations: finding.path.isRoot
                ? nil : [SARIFLog.LogicalLocation(fullyQualifiedName: finding.path.description)])
        return SARIFLog.Result(
            ruleId: finding.ruleID.description, ruleIndex: ruleIndex, level: Self.level(of: finding.severity),
            message: SARIFLog.Message(text: finding.message[language]), locations: [location],
            partialFingerprints: [Self.fingerprintKey: fingerprint, Self.gitHubFingerprintKey: fingerprint],
            suppressions: finding.suppression.map { [SARIFLog.Suppression(justification: $0.reason)] })
    }

    private func invocation(_ failures: [ToolFailure], language: Language) -> SARIFLog.Invocation {
        let notifications = failures.map { failure in
            SARIFLog.Notification(
                level: Self.level(of: .error), message: SARIFLog.Message(text: failure.message[language]),
                locations: failure.file.map { file in
                    [
                        SARIFLog.Location(
                            physicalLocation: SARIFLog.PhysicalLocation(
                                artifactLocation: Self.artifactLocation(of: file)))
                    ]
                })
        }
        return SARIFLog.Invocation(
            executionSuccessful: failures.isEmpty,
            toolExecutionNotifications: notifications.isEmpty ? nil : notifications)
    }

    /// The region of `range`: one line without `endLine` when the range is on one line (a
    /// word, a value); a range that ends at the start of a later line ends with the line
    /// before, to its end; an empty range (something missing) runs from its column to the end
    /// of its line, so that viewers mark something.
    static func region(of range: SourceRange) -> SARIFLog.Region {
        let (start, end) = (range.start, range.end)
        if end.line > start.line && end.column == 1 {
            let last = end.line - 1
            return SARIFLog.Region(
                startLine: start.line, startColumn: start.column, endLine: last > start.line ? last : nil)
        }
        if end.line > start.line {
            return SARIFLog.Region(
                startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column)
        }
        let endColumn = end.column > start.column ? end.column : nil
        return SARIFLog.Region(startLine: start.line, startColumn: start.column, endColumn: endColumn)
    }

    /// SARIF's word for `severity`: `error`, `warning`, or `note` for info.
    static func level(of severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
