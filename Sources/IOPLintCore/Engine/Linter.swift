import Foundation
import IOPYAML
import Synchronization

/// Runs a set of rules over agreements.
public struct Linter: Sendable {
    public var rules: [any Rule]
    public var loader: DocumentLoader

    public init(rules: [any Rule], limits: YAMLLimits = .default) {
        self.rules = rules
        self.loader = DocumentLoader(limits: limits)
    }

    /// Lints every input, `jobs` files at a time. The report never depends on `jobs`.
    public func lint(_ inputs: [LintInput], jobs: Int) -> LintReport {
        let results = Mutex<[Int: Result<FileResult, ToolFailure>]>([:])
        let next = Atomic<Int>(0)
        let workers = max(1, min(jobs, inputs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < inputs.count else { return }
                let result = lint(inputs[index])
                results.withLock { $0[index] = result }
            }
        }
        var files: [FileResult] = []
        var failures: [ToolFailure] = []
        for (_, result) in results.withLock({ $0 }).sorted(by: { $0.key < $1.key }) {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let failure): failures.append(failure)
            }
        }
        return LintReport(files: files, failures: failures, rules: rules.map(\.description))
    }

    /// Reads and lints one input.
    public func lint(_ input: LintInput) -> Result<FileResult, ToolFailure> {
        switch input.source {
        case .bytes(let bytes):
            return .success(lint(bytes: bytes, path: input.displayPath))
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                return .failure(ToolFailure(
                    message: LocalizedText(en: "cannot read \(input.displayPath)", sv: "kan inte läsa \(input.displayPath)"),
                    file: input.displayPath))
            }
            return .success(lint(bytes: Array(data), path: input.displayPath))
        }
    }

    /// Lints the documents of one file's bytes.
    public func lint(bytes: [UInt8], path: String) -> FileResult {
        let (text, documents) = loader.load(bytes: bytes)
        var findings: [Finding] = []
        for document in documents {
            for rule in rules where document.isReadable || rule.checksUnreadableDocuments {
                let description = rule.description
                findings += rule.check(document).map { violation in
                    Finding(
                        ruleID: description.id, severity: description.severity, message: violation.message, file: path,
                        documentIndex: document.index, path: violation.path, range: violation.range)
                }
            }
        }
        return FileResult(path: path, text: text, findings: findings.sorted(by: Finding.inOutputOrder))
    }
}
