import ArgumentParser
import Foundation
import IOPLintCache
import IOPLintCore

/// `iop-lint merge REPORT...`: one report from the reports of a run split with `--shard`.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the json or sarif reports of the shards of one run (--shard K/N) into one report.",
        discussion: """
            The reports must all be json or all be sarif, from the same iop-lint version. Files, \
            findings and results come in output order, counts are added up, the rules and tool \
            failures of every shard are kept; a sarif log gets one run, as code scanning wants \
            one run per tool in an upload.
            """)

    @Argument(help: "The shards' reports (json or sarif).")
    var reports: [String]

    @Option(name: .shortAndLong, help: "Write the merged report to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Language of messages: sv or en (default: from LANG / LC_ALL, else en).")
    var lang: Language?

    /// The largest report read (each is read whole), so that a device or a runaway file named
    /// by mistake cannot exhaust memory.
    static let maxReportBytes = 1 << 30

    func validate() throws {
        if reports.isEmpty { throw ValidationError("name at least one report to merge") }
    }

    func run() throws {
        let language = lang ?? Language.fromEnvironment(ProcessEnvironment.value)
        do throws(ToolFailure) {
            var contents: [Data] = []
            for path in reports {
                contents.append(Data(try FileBytes.contents(atPath: path, limit: Self.maxReportBytes)))
            }
            let merged = try ReportMerger.merge(contents, names: reports)
            if let output {
                try AtomicFile.write(merged, to: output)
            } else {
                FileHandle.standardOutput.write(merged)
            }
        } catch {
            throw RunFailures(error, language: language)
        }
    }
}
