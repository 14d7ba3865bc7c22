import IOPYAML

/// The `sarif` format: SARIF 2.1.0, valid against the official schema and meeting GitHub code
/// scanning's rules.
///
/// One run; `tool.driver.rules` describes every rule of the report, in id order; each result
/// has one physical location whose `uri` is relative to `%SRCROOT%` (absolute paths become
/// `file://` URIs), a full region with columns in Unicode scalars (`columnKind`
/// `unicodeCodePoints`) and the ``Fingerprint`` as `partialFingerprints["iopLint/v1"]`. Tool
/// failures are `toolExecutionNotifications` of the one invocation.
public struct SARIFReporter: Reporter {
    /// The key of ``Fingerprint`` values in `partialFingerprints`.
    public static let fingerprintKey = "iopLint/v\(Fingerprint.version)"
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
        let (start, end) = (finding.range.start, finding.range.end)
        let location = SARIFLog.Location(
            physicalLocation: SARIFLog.PhysicalLocation(
                artifactLocation: Self.artifactLocation(of: finding.file),
                region: SARIFLog.Region(
                    startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column)),
            logicalLocations: finding.path.isRoot
                ? nil : [SARIFLog.LogicalLocation(fullyQualifiedName: finding.path.description)])
        return SARIFLog.Result(
            ruleId: finding.ruleID.description, ruleIndex: ruleIndex, level: Self.level(of: finding.severity),
            message: SARIFLog.Message(text: finding.message[language]), locations: [location],
            partialFingerprints: [Self.fingerprintKey: fingerprint],
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

    /// SARIF's word for `severity`: `error`, `warning`, or `note` for info.
    static func level(of severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
