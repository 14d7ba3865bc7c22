import IOPYAML
import Testing

/// YAML text loaded for a test.
enum LoadedYAML {
    /// The root of the first document of `text`, which loads without a problem.
    static func root(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> YAMLNode {
        let yaml = YAMLLoader().load(bytes: Array(text.utf8))
        #expect(yaml.problems.isEmpty, sourceLocation: sourceLocation)
        return try #require(yaml.documents.first?.root, sourceLocation: sourceLocation)
    }
}
