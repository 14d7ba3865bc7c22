import Foundation
import TestSupport
import Testing

@testable import IOPLintCore

@Suite struct InputDeduplicatorTests {
    @Test func aFileUnderSeveralSpellingsIsKeptOnceUnderTheFirst() throws {
        let folder = try TemporaryFolder.make("iop-lint-dedup")
        defer { TemporaryFolder.remove(folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("d"), withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("d/a.yaml").path
        try Data("iop-lint: 1\n".utf8).write(to: URL(fileURLWithPath: file))
        try Data("iop-lint: 1\n".utf8).write(to: folder.appendingPathComponent("d/b.yaml"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.yaml").path, withDestinationPath: file)
        let spellings = [
            folder.path + "/d/a.yaml", folder.path + "/./d//a.yaml", folder.path + "/d/../d/a.yaml",
            folder.path + "/link.yaml", folder.path + "/d/b.yaml", folder.path + "/d/a.yaml",
        ]
        let inputs = spellings.map { LintInput(displayPath: $0, source: .file(RawPath($0))) }
        #expect(InputDeduplicator.unique(inputs).map(\.displayPath) == [spellings[0], spellings[4]])
    }

    @Test func standardInputIsKeptOnceAndMissingFilesByPath() {
        let inputs = [
            LintInput(displayPath: "<stdin>", source: .bytes([1])),
            LintInput(displayPath: "x", source: .file(RawPath("/no/x"))),
            LintInput(displayPath: "<stdin>", source: .bytes([])),
            LintInput(displayPath: "x", source: .file(RawPath("/no/x"))),
            LintInput(displayPath: "y", source: .file(RawPath("/no/y"))),
        ]
        #expect(InputDeduplicator.unique(inputs).map(\.displayPath) == ["<stdin>", "x", "y"])
    }

    /// Looked up two at a time, hundreds of files keep the first spelling of each and their order.
    @Test func manyInputsLookedUpAtOnceKeepTheFirstSpellingOfEach() throws {
        var files: [String: String] = [:]
        for number in 0..<200 { files["f\(number).yaml"] = "iop-lint: 1\n" }
        let folder = try TemporaryFolder.make("iop-lint-dedup-many", holding: files)
        defer { TemporaryFolder.remove(folder) }
        let plain = (0..<200).map { folder.path + "/f\($0).yaml" }
        let again = (0..<200).reversed().map { folder.path + "/./f\($0).yaml" }
        let inputs = (plain + again + ["/no/x", "/no/x"]).map { LintInput(displayPath: $0, source: .file(RawPath($0))) }
        for readers in [1, 2, nil] {
            #expect(InputDeduplicator.unique(inputs, readers: readers).map(\.displayPath) == plain + ["/no/x"])
        }
    }
}
