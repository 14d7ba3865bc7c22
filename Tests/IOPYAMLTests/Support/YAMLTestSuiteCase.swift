/// One case of the YAML test suite, read from its folder.
struct YAMLTestSuiteCase {
    var id: String
    var title: String
    var yaml: [UInt8]
    /// The expected documents as concatenated JSON values, when the case has them.
    var json: [UInt8]?
    /// Whether the YAML is invalid and must be rejected. The marker wins over `in.json`: a few
    /// error cases (`9MQT-01`, `DK95-01`, `DK95-06`) carry one anyway.
    var isError: Bool
}
