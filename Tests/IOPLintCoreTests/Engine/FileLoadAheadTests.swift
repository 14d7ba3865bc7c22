import Foundation
import IOPYAML
import TestSupport
import Testing

@testable import IOPLintCore

/// A file loaded before its job gives the job the documents it would have loaded itself, once,
/// and only to that file's job.
@Suite struct FileLoadAheadTests {
    /// An IOP of more than 150 KB, with findings of several packs and a suppression.
    static let agreement: String = {
        var text = """
            # iop-lint-disable-file format/unknown-key -- keys of the council's old template
            iop-lint: 1
            kind: iop
            language: sv
            titel: Läxhjälp i Gottsunda
            parties: [{ id: uppsala-kommun, type: public }]
            activities:

            """
        var item = 0
        while text.utf8.count < 150_000 {
            item += 1
            text += "  - what: Föreningen driver läxhjälpen \(item) på uppdrag av kommunen, etc.\n"
        }
        return text
    }()

    private static func input(_ path: String) -> LintInput {
        LintInput(displayPath: "stor.yaml", source: .file(RawPath(path)))
    }

    @Test(arguments: [false, true])
    func theJobGetsWhatItWouldHaveLoaded(spareCore: Bool) throws {
        let folder = try TemporaryFolder.make("iop-lint-ahead", holding: ["stor.yaml": Self.agreement])
        defer { TemporaryFolder.remove(folder) }
        let path = folder.appendingPathComponent("stor.yaml").path
        let rules = RuleRegistry.builtIn.rules
        let workers = spareCore ? 2 : 1
        let profile = LintProfile(rules: rules)
        let job = Linter.Job(input: Self.input(path), profile: profile)

        var ahead = Linter(rules: rules)
        ahead.loadedAhead = FileLoadAhead(loading: RawPath(path), with: ahead.loader, spareCore: spareCore)
        let read = Linter(rules: rules)
        let expected = read.lint(bytes: Array(Self.agreement.utf8), path: "stor.yaml", ruleWorkers: workers)
        let loaded = try #require(ahead.loadedAhead?.take(for: job.input, spareCore: spareCore))
        #expect(loaded.text == Self.agreement)
        // Taken once: the job below loads the file itself, and so must its result be the same.
        #expect(ahead.loadedAhead?.take(for: job.input, spareCore: spareCore) == nil)
        let again = try ahead.lint(job).get()
        #expect(again.findings == expected.findings)
        #expect(again.suppressed == expected.suppressed)

        var fresh = Linter(rules: rules)
        fresh.loadedAhead = FileLoadAhead(loading: RawPath(path), with: fresh.loader, spareCore: spareCore)
        let result = try fresh.lintForTest(job, ruleWorkers: workers)
        #expect(!result.findings.isEmpty)
        #expect(result.findings == expected.findings)
        #expect(result.suppressed == expected.suppressed)
        #expect(fresh.loadedAhead?.take(for: job.input, spareCore: spareCore) == nil)
    }

    @Test func onlyTheSameFileLoadedTheSameWayTakesIt() throws {
        let folder = try TemporaryFolder.make(
            "iop-lint-ahead", holding: ["stor.yaml": Self.agreement, "annan.yaml": Self.agreement])
        defer { TemporaryFolder.remove(folder) }
        let path = folder.appendingPathComponent("stor.yaml").path
        let link = folder.appendingPathComponent("länk.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        let ahead = try #require(FileLoadAhead(loading: RawPath(path), with: DocumentLoader(), spareCore: true))
        #expect(ahead.take(for: Self.input(folder.appendingPathComponent("annan.yaml").path), spareCore: true) == nil)
        #expect(ahead.take(for: LintInput(displayPath: "-", source: .bytes([])), spareCore: true) == nil)
        #expect(ahead.take(for: Self.input(path), spareCore: false) == nil)
        // The same file under another name.
        #expect(ahead.take(for: Self.input(link), spareCore: true) != nil)
        #expect(ahead.take(for: Self.input(path), spareCore: true) == nil)
    }

    @Test func aFileThatCannotBeReadWholeIsLeftToItsJob() throws {
        let folder = try TemporaryFolder.make("iop-lint-ahead", holding: ["stor.yaml": Self.agreement])
        defer { TemporaryFolder.remove(folder) }
        let path = folder.appendingPathComponent("stor.yaml").path
        #expect(FileLoadAhead(loading: RawPath(path + ".saknas"), with: DocumentLoader(), spareCore: true) == nil)
        let small = DocumentLoader(limits: YAMLLimits(maxBytes: 1_000))
        let ahead = try #require(FileLoadAhead(loading: RawPath(path), with: small, spareCore: true))
        #expect(ahead.take(for: Self.input(path), spareCore: true) == nil)
    }
}

extension Linter {
    /// ``lint(_:)`` with `ruleWorkers` jobs checking the file's rules, as a run of that many jobs does.
    fileprivate func lintForTest(_ job: Job, ruleWorkers: Int) throws -> FileResult {
        var result: FileResult?
        stream([job], jobs: ruleWorkers) { outcome in
            result = try? outcome.get()
            return true
        }
        return try #require(result)
    }
}
