import Foundation
import TestSupport
import Testing

/// Doing only the work that changed: `--cache`, `--changed-since`, `--shard` and `merge`.
@Suite struct IncrementalRunTests {
    /// Agreements with findings, different in each file.
    private static func agreements(_ count: Int) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: (0..<count).map { n in
                (
                    "avtal/\(n % 3)/iop-\(n).yaml",
                    "iop-lint: 1\ntitel: Avtal \(n)\nkind: \(n % 2 == 0 ? "iop" : "x\(n)")\n"
                )
            })
    }

    @Test func theCacheAnswersForUnchangedFilesAndOnlyForThem() throws {
        let folder = try CLIRunner.folder(Self.agreements(4))
        defer { TemporaryFolder.remove(folder) }
        let arguments = ["avtal", "--cache", "--verbose", "--format", "json"]
        let cold = try CLIRunner.run(arguments, in: folder)
        #expect(cold.status == 1)
        #expect(cold.stderr.contains("the cache .iop-lint-cache answered for 0 of 4 files"))
        let warm = try CLIRunner.run(arguments, in: folder)
        #expect(warm.stderr.contains("answered for 4 of 4 files"))
        #expect(warm.stdout == cold.stdout)
        #expect(warm.status == 1)

        try Data("iop-lint: 1\ntitle: Nytt\nkind: iop\n".utf8).write(
            to: folder.appendingPathComponent("avtal/1/iop-1.yaml"))
        let edited = try CLIRunner.run(arguments, in: folder)
        #expect(edited.stderr.contains("answered for 3 of 4 files"))
        #expect(edited.stdout == (try CLIRunner.run(["avtal", "--format", "json"], in: folder)).stdout)

        let configuration = CLIRunner.formatOnlyConfiguration + "severity: { format/unknown-key: error }\n"
        try Data(configuration.utf8).write(to: folder.appendingPathComponent(".iop-lint.yml"))
        let reconfigured = try CLIRunner.run(arguments, in: folder)
        #expect(reconfigured.stderr.contains("answered for 0 of 4 files"))
    }

    @Test(arguments: ["text", "json", "jsonl", "sarif", "github", "junit", "markdown", "html"])
    func everyFormatReportsTheSameFromTheCache(format: String) throws {
        var files = Self.agreements(3)
        files["avtal/undantag.yaml"] =
            "iop-lint: 1\n# iop-lint-disable-next-line format/unknown-key -- citerat ur beslutet\ntitel: x\nkind: iop\n"
        let folder = try CLIRunner.folder(files)
        defer { TemporaryFolder.remove(folder) }
        let arguments = ["avtal", "--cache", "--format", format]
        let cold = try CLIRunner.run(arguments, in: folder)
        let warm = try CLIRunner.run(arguments + ["--verbose"], in: folder)
        #expect(warm.stderr.contains("answered for 4 of 4 files"))
        #expect(warm.stdout == cold.stdout)
        #expect(warm.stdout == (try CLIRunner.run(["avtal", "--format", format], in: folder)).stdout)
    }

    @Test func aCacheFolderCanBeNamed() throws {
        let folder = try CLIRunner.folder(Self.agreements(2))
        defer { TemporaryFolder.remove(folder) }
        _ = try CLIRunner.run(["--cache", "build/lint-cache", "avtal"], in: folder)
        let warm = try CLIRunner.run(["avtal", "--cache", "build/lint-cache", "--verbose"], in: folder)
        #expect(warm.stderr.contains("the cache build/lint-cache answered for 2 of 2 files"))
    }

    @Test func corruptEntriesAreIgnoredWithANote() throws {
        let folder = try CLIRunner.folder(Self.agreements(3))
        defer { TemporaryFolder.remove(folder) }
        let arguments = ["avtal", "--cache", "--format", "json"]
        let cold = try CLIRunner.run(arguments, in: folder)
        let cache = folder.appendingPathComponent(".iop-lint-cache")
        let entries = try FileManager.default.subpathsOfDirectory(atPath: cache.path).filter { $0.contains("/") }
        #expect(entries.count == 3)
        for (index, entry) in entries.enumerated() {
            let garbage = index == 0 ? "{\"format\":\"iop-lint-cache-entry/1\"}" : "\u{0}\u{1}nonsense"
            try Data(garbage.utf8).write(to: cache.appendingPathComponent(entry))
        }
        let again = try CLIRunner.run(arguments, in: folder)
        #expect(again.stdout == cold.stdout)
        #expect(
            again.stderr.contains("ignored 3 unreadable or foreign entries of the cache .iop-lint-cache; linted again"))
        let healed = try CLIRunner.run(arguments + ["--verbose"], in: folder)
        #expect(healed.stderr.contains("answered for 3 of 3 files"))
    }

    @Test func aFolderThatIsNoCacheIsNotUsed() throws {
        var files = Self.agreements(2)
        files["anteckningar/läs-mig.txt"] = "mina anteckningar\n"
        let folder = try CLIRunner.folder(files)
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["avtal", "--cache", "anteckningar"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("anteckningar is not an iop-lint cache of this version; not using it"))
        let left = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent("anteckningar").path)
        #expect(left == ["läs-mig.txt"])
    }

    @Test func concurrentRunsShareOneCache() async throws {
        let folder = try CLIRunner.folder(Self.agreements(30))
        defer { TemporaryFolder.remove(folder) }
        let arguments = ["avtal", "--cache", "--format", "json", "--jobs", "2"]
        let outcomes = try await withThrowingTaskGroup(of: CLIRunner.Outcome.self) { group in
            for _ in 0..<4 { group.addTask { try CLIRunner.run(arguments, in: folder) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(outcomes.map(\.stdout)).count == 1)
        #expect(outcomes.allSatisfy { $0.status == 1 && !$0.stderr.contains("ignored") })
        let warm = try CLIRunner.run(arguments + ["--verbose"], in: folder)
        #expect(warm.stderr.contains("answered for 30 of 30 files"))
        #expect(warm.stdout == outcomes[0].stdout)
        let cache = folder.appendingPathComponent(".iop-lint-cache")
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func changedSinceLintsOnlyWhatDiffersFromTheRevision() throws {
        let folder = try CLIRunner.folder(Self.agreements(4))
        defer { TemporaryFolder.remove(folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent(".git"))
        for arguments in [["init", "-q", "."], ["add", "."], ["commit", "-q", "-m", "avtal"]] {
            try Self.git(arguments, in: folder)
        }
        try Data(Fixtures.warningOnly.utf8).write(to: folder.appendingPathComponent("avtal/1/iop-1.yaml"))
        try Data(Fixtures.warningOnly.utf8).write(to: folder.appendingPathComponent("avtal/ny.yaml"))
        let changed = try CLIRunner.run(["avtal", "--changed-since", "HEAD", "--format", "jsonl"], in: folder)
        #expect(Self.files(in: changed.stdout) == ["avtal/1/iop-1.yaml", "avtal/ny.yaml"])

        let inside = try CLIRunner.run(
            ["1", "--changed-since", "HEAD", "--format", "jsonl"], in: folder.appendingPathComponent("avtal"))
        #expect(Self.files(in: inside.stdout) == ["1/iop-1.yaml"])

        let configuration = CLIRunner.formatOnlyConfiguration + "fail-on: warning\n"
        try Data(configuration.utf8).write(to: folder.appendingPathComponent(".iop-lint.yml"))
        let everything = try CLIRunner.run(["avtal", "--changed-since", "HEAD", "--format", "jsonl"], in: folder)
        #expect(Self.files(in: everything.stdout).count == 5)

        let unknown = try CLIRunner.run(["avtal", "--changed-since", "ingen-sådan-gren"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--changed-since ingen-sådan-gren: cannot ask git what changed"))
    }

    @Test(arguments: ["json", "sarif"])
    func shardsSplitTheFilesAndMergeIntoTheWholeReport(format: String) throws {
        let folder = try CLIRunner.folder(Self.agreements(12))
        defer { TemporaryFolder.remove(folder) }
        let whole = try CLIRunner.run(["avtal", "--format", format, "--output", "hela.\(format)"], in: folder)
        var shardFiles: [[String]] = []
        for shard in 1...3 {
            let name = "del-\(shard).\(format)"
            _ = try CLIRunner.run(["avtal", "--format", format, "--shard", "\(shard)/3", "--output", name], in: folder)
            let jsonl = try CLIRunner.run(["avtal", "--format", "jsonl", "--shard", "\(shard)/3"], in: folder)
            shardFiles.append(Self.files(in: jsonl.stdout))
        }
        #expect(shardFiles.flatMap { $0 }.sorted() == Self.agreements(12).keys.sorted())
        #expect(shardFiles.allSatisfy { !$0.isEmpty })
        let merged = try CLIRunner.run(
            ["merge", "del-1.\(format)", "del-2.\(format)", "del-3.\(format)", "-o", "ihop.\(format)"], in: folder)
        #expect(merged.status == 0)
        #expect(whole.status == 1)
        let expected = try Self.object(folder.appendingPathComponent("hela.\(format)"))
        let actual = try Self.object(folder.appendingPathComponent("ihop.\(format)"))
        #expect(actual == expected)
    }

    @Test func mergeRefusesReportsItCannotMerge() throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.warningOnly, "text.txt": "not json\n"])
        defer { TemporaryFolder.remove(folder) }
        _ = try CLIRunner.run(["a.yaml", "--format", "json", "-o", "a.json"], in: folder)
        _ = try CLIRunner.run(["a.yaml", "--format", "sarif", "-o", "a.sarif"], in: folder)
        let mixed = try CLIRunner.run(["merge", "a.json", "a.sarif"], in: folder)
        #expect(mixed.status == 2)
        let text = try CLIRunner.run(["merge", "a.json", "text.txt"], in: folder)
        #expect(text.status == 2)
        #expect(text.stderr.contains("text.txt is not a JSON report"))
    }

    @Test(arguments: ["0/3", "4/3", "x"])
    func aShardOutsideItsCountIsAUsageError(shard: String) throws {
        let folder = try CLIRunner.folder(Self.agreements(1))
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["avtal", "--shard", shard], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--shard must be K/N"))
    }

    private static func files(in jsonl: String) -> [String] {
        jsonl.split(separator: "\n").compactMap { line in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["type"] as? String == "file" ? object?["file"] as? String : nil
        }
    }

    private static func object(_ url: URL) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? NSDictionary)
    }

    private static func git(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"] + arguments
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func mergeRefusesAReportTooLargeToReadWhole() throws {
        let folder = try CLIRunner.folder(["a.yaml": Fixtures.warningOnly])
        defer { TemporaryFolder.remove(folder) }
        _ = try CLIRunner.run(["a.yaml", "--format", "json", "-o", "a.json"], in: folder)
        try CLIRunner.sparseFile(folder.appendingPathComponent("b.json"), size: (1 << 30) + 1)
        let outcome = try CLIRunner.run(["merge", "a.json", "b.json"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == "iop-lint: error: b.json is larger than 1 GiB and was not read\n")
    }
}
