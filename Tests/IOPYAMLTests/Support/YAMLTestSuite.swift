import Foundation

/// The YAML test suite (https://github.com/yaml/yaml-test-suite, data branch) checked out at
/// `../shared/yaml-test-suite` from the package root: one folder per case (`229Q`, and
/// `2G84-00`, `2G84-01`, … for cases with variants), each with `in.yaml`, an optional `in.json`
/// (one JSON value per document, concatenated) and an `error` marker for invalid YAML.
enum YAMLTestSuite {
    static let directory: URL = packageRoot().appendingPathComponent("../shared/yaml-test-suite")
        .standardizedFileURL

    static var exists: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("229Q/in.yaml").path)
    }

    /// The ids of every case folder, sorted; none when the suite is absent.
    static func caseIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: file($0, "in.yaml").path) }.sorted()
    }

    static func testCase(_ id: String) throws -> YAMLTestSuiteCase {
        let manager = FileManager.default
        let title = manager.contents(atPath: file(id, "===").path).map { String(decoding: $0, as: UTF8.self) }
        return YAMLTestSuiteCase(
            id: id,
            title: title?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "",
            yaml: Array(try Data(contentsOf: file(id, "in.yaml"))),
            json: manager.contents(atPath: file(id, "in.json").path).map(Array.init),
            isError: manager.fileExists(atPath: file(id, "error").path))
    }

    private static func file(_ id: String, _ name: String) -> URL {
        directory.appendingPathComponent(id).appendingPathComponent(name)
    }

    /// The nearest folder above this source file that holds `Package.swift`.
    private static func packageRoot() -> URL {
        var folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder.deleteLastPathComponent()
        }
        return folder
    }
}
