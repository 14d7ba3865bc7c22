/// The SARIF 2.1.0 objects iop-lint writes, as far as it writes them; the names are SARIF's.
/// An optional property that is `nil` is left out of the output.
struct SARIFLog: Encodable {
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    var schema = Self.schemaURI
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    struct Run: Encodable {
        var tool: Tool
        /// How `startColumn` and `endColumn` count: iop-lint counts Unicode scalars.
        var columnKind = "unicodeCodePoints"
        var results: [Result]
        var invocations: [Invocation]
        /// iop-lint's own: the scorecards of the packs' checklists, when there are any.
        var properties: RunProperties?
    }

    struct RunProperties: Encodable {
        var scorecards: [ScorecardOutput]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: MultiformatMessage
        var defaultConfiguration: Configuration
        var properties: Properties
    }

    struct Message: Encodable {
        var text: String
    }

    struct MultiformatMessage: Encodable {
        var text: String
        var markdown: String
    }

    struct Configuration: Encodable {
        var level: String
    }

    /// A rule's properties as GitHub code scanning reads them.
    struct Properties: Encodable {
        var tags: [String]
        /// `very-high`, `high`, `medium` or `low`.
        var precision: String
        /// `error`, `warning` or `recommendation`.
        var problemSeverity: String

        enum CodingKeys: String, CodingKey {
            case tags, precision
            case problemSeverity = "problem.severity"
        }
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]
        /// For a finding an `iop-lint-disable…` comment switched off.
        var suppressions: [Suppression]?
    }

    struct Suppression: Encodable {
        var kind = "inSource"
        var justification: String
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    /// 1-based lines and columns; `end` is just after the last character. Without `endLine`
    /// the region ends on `startLine`; without `endColumn` it runs to the end of its last line.
    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int?
        var endColumn: Int?
    }

    struct LogicalLocation: Encodable {
        var fullyQualifiedName: String
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]?
    }

    struct Notification: Encodable {
        var level: String
        var message: Message
        var locations: [Location]?
    }
}
