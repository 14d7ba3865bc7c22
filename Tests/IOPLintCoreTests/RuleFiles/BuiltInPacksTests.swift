import Testing

@testable import IOPLintCore

/// The built-in packs as linting reads them (``BuiltInPacks/lintFiles``) are the packs of their
/// rule files.
@Suite struct BuiltInPacksTests {
    @Test func lintFilesMakeThePacksOfTheRuleFiles() throws {
        let fromRuleFiles = try RuleSet.readPacks(BuiltInPacks.files).get()
        let embedded = try RuleSet.embeddedPacks.get()
        #expect(embedded.map(\.name) == fromRuleFiles.map(\.name))
        for (linted, read) in zip(embedded, fromRuleFiles) {
            #expect(linted.bytes == read.bytes, "pack \(read.name)")
            var lintedRest = linted
            var readRest = read
            lintedRest.bytes = []
            readRest.bytes = []
            // The checklist points' byte offsets differ (a blanked line is shorter); their lines and
            // columns, all that a message shows, do not.
            let offsets = try Regex("offset: [0-9]+")
            #expect(
                Self.canonical(lintedRest).replacing(offsets, with: "offset: _")
                    == Self.canonical(readRest).replacing(offsets, with: "offset: _"), "pack \(read.name)")
        }
    }

    @Test func lintFilesKeepEveryLineAndLeaveTheDocumentationOut() {
        #expect(BuiltInPacks.lintFiles.map(\.file) == BuiltInPacks.files.map(\.file))
        for (linted, file) in zip(BuiltInPacks.lintFiles, BuiltInPacks.files) {
            let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
            let lintLines = linted.text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lintLines.count == lines.count, "\(file.file)")
            #expect(zip(lintLines, lines).allSatisfy { $0.isEmpty || $0 == $1 }, "\(file.file)")
            for key in ["summary:", "message:", "rationale:", "examples:"] {
                #expect(!linted.text.contains(key), "\(file.file): \(key)")
            }
        }
    }

    @Test func canonicalTextSortsDictionariesAndSetsOnly() {
        #expect(Self.canonical(["b": 2, "a": 1]) == Self.canonical(["a": 1, "b": 2]))
        #expect(Self.canonical(Set([3, 1, 2])) == Self.canonical(Set([2, 3, 1])))
        #expect(Self.canonical([2, 1]) != Self.canonical([1, 2]))
        #expect(Self.canonical(LocalizedText(en: "a", sv: "b")) != Self.canonical(LocalizedText(en: "b", sv: "a")))
    }

    /// `value` written out in full, as `String(describing:)` does, but with the entries of every
    /// dictionary and set sorted: their order differs from one instance to the next. An object is
    /// written as its type (a ``DeferredCheck`` as its check).
    static func canonical(_ value: Any) -> String {
        // A built-in pack's checks are parsed on first use: written as the check they parse to.
        if let deferred = value as? DeferredCheck { return canonical(deferred.check) }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .class?: return String(describing: type(of: value))
        case .dictionary?, .set?:
            return "[" + mirror.children.map { canonical($0.value) }.sorted().joined(separator: ", ") + "]"
        default:
            guard !mirror.children.isEmpty else { return String(describing: value) }
            let children = mirror.children.map { "\($0.label ?? ""): \(canonical($0.value))" }
            return "\(type(of: value))(" + children.joined(separator: ", ") + ")"
        }
    }
}
