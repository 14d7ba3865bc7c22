import IOPYAML

/// Turns a file's bytes into the documents rules check: YAML loading, then decoding of each
/// document into the typed model. Problems become issues of the `format` rules.
public struct DocumentLoader: Sendable {
    public var yaml: YAMLLoader

    public init(limits: YAMLLimits = .default) {
        yaml = YAMLLoader(limits: limits)
    }

    /// The documents of `bytes` and the decoded text (for showing source lines).
    public func load(bytes: [UInt8]) -> (text: String, documents: [LintDocument]) {
        let file = loadFile(bytes: bytes)
        return (file.text, file.documents)
    }

    /// The documents of `bytes`, the decoded text and the file's `iop-lint-disable…` comments
    /// that are well formed. A malformed one is an issue of the document it sits in.
    ///
    /// With `spareCore`, a large file gets a second thread: libyaml parses on it while the tree
    /// is built (``YAMLLoader/load(bytes:readsAhead:meanwhile:)``), which analyses the shorter
    /// texts while it waits for libyaml (``AnalysesWhileParsing``); then a large document's
    /// prose is analysed on the second thread while the model is decoded (``AnalysesAhead``).
    public func loadFile(
        bytes: [UInt8], spareCore: Bool = false
    ) -> (text: String, documents: [LintDocument], suppressions: [Suppression]) {
        loadFile(bytes: bytes, spareCore: spareCore, meanwhile: spareCore ? AnalysesWhileParsing() : nil)
    }

    /// ``loadFile(bytes:spareCore:)``, whose documents start with the texts `meanwhile` analyses
    /// while libyaml reads ahead (when it does).
    func loadFile(
        bytes: [UInt8], spareCore: Bool, meanwhile: AnalysesWhileParsing?
    ) -> (text: String, documents: [LintDocument], suppressions: [Suppression]) {
        let readsAhead = spareCore && bytes.count >= YAMLLoader.readAheadFrom
        var file = yaml.load(bytes: bytes, readsAhead: readsAhead, meanwhile: meanwhile)
        // An empty document (a lone `---`, say) holds no agreement; a file of nothing else is empty.
        let agreements = file.documents.filter { !$0.root.isNull }
        if agreements.isEmpty, !file.documents.isEmpty, !file.problems.contains(where: \.isFatal) {
            file.problems.append(YAMLProblem(kind: .empty, range: file.documents[0].range))
        }
        let source = SourceScalars(text: file.text)
        // Grouped once, so that a file of many documents stays linear.
        let problemsByDocument = Dictionary(grouping: file.problems.filter { !$0.isFatal }, by: \.documentIndex)
        var documents = agreements.map { document in
            decode(
                document, problems: problemsByDocument[document.index] ?? [], source: source,
                analyses: meanwhile?.analyses(of: document.index) ?? TextAnalyses(),
                analysesAhead: spareCore && DocumentChecks.spreads(document.root.range))
        }
        if let fatal = file.problems.last, fatal.isFatal {
            let earlier = file.problems.filter { !$0.isFatal && $0.documentIndex == fatal.documentIndex }
            documents.append(Self.unreadable(fatal, after: earlier))
        }
        let suppressions = SuppressionReader(limits: yaml.limits).read(
            bytes, yamlDocuments: file.documents, into: &documents)
        return (file.text, documents, suppressions)
    }

    /// A file larger than the loader's limit, known from its size: one unread document with a
    /// `format/limits` issue at its start.
    public func loadTooLargeFile() -> (text: String, documents: [LintDocument], suppressions: [Suppression]) {
        let problem = YAMLProblem(kind: .fileTooLarge(limit: yaml.limits.maxBytes), range: SourceRange(at: .start))
        return ("", [Self.unreadable(problem, after: [])], [])
    }

    /// The document a problem that stops loading leaves: no agreement, only the problem and the
    /// problems found in the document before it.
    private static func unreadable(_ fatal: YAMLProblem, after earlier: [YAMLProblem]) -> LintDocument {
        LintDocument(
            index: fatal.documentIndex, root: nil, rejected: [], agreement: Agreement(range: fatal.range),
            issues: (earlier + [fatal]).map(\.issue))
    }

    /// The document's model, decoded on this thread; with `analysesAhead`, its prose is
    /// analysed into `analyses` on another meanwhile.
    private func decode(
        _ document: YAMLDocument, problems: [YAMLProblem], source: SourceScalars, analyses: TextAnalyses,
        analysesAhead: Bool
    ) -> LintDocument {
        let ahead = analysesAhead ? AnalysesAhead.start(under: document.root, into: analyses) : nil
        let decoder = ModelDecoder()
        let agreement = decoder.decode(document.root)
        let root = Self.canonicalKeys(document.root)
        ahead?.stop()
        return LintDocument(
            index: document.index, root: root, rejected: decoder.rejected, agreement: agreement,
            issues: problems.map(\.issue) + decoder.issues, sourceScalars: source, analyses: analyses,
            nodeCount: document.nodeCount)
    }

    /// The root with accepted alternative key names replaced by their canonical names
    /// (`principles.integrity` → `principles.independence`), so that rules need know only one.
    static func canonicalKeys(_ root: YAMLNode) -> YAMLNode {
        guard var pairs = root.mapping, let index = pairs.firstIndex(where: { $0.key.scalar?.value == "principles" }),
            var principles = pairs[index].value.mapping,
            !principles.contains(where: { $0.key.scalar?.value == "independence" })
        else { return root }
        for (aliasIndex, pair) in principles.enumerated() {
            guard let name = pair.key.scalar?.value, let canonical = Principles.keyAliases[name] else { continue }
            principles[aliasIndex].key.content = .scalar(YAMLScalar(canonical, style: .plain))
        }
        var result = root
        pairs[index].value.content = .mapping(principles)
        result.content = .mapping(pairs)
        return result
    }
}
