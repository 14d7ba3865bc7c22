import ArgumentParser
import Foundation
import IOPLintCore

/// How and where the report is written.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format: \(formatNames).")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Language of messages: sv or en (default: from LANG / LC_ALL, else en).")
    var lang: Language?

    @Option(help: "Colour in text output: auto, always or never. NO_COLOR is honoured by auto.")
    var color: ColorChoice = .auto

    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    @Flag(help: "List on standard error the YAML files folder walks skipped as not agreements.")
    var verbose = false

    /// The formats `--format` takes, as its help lists them. Written out by a loop: the help is
    /// made for every run, and `allValueStrings.joined(separator:)`, generic code of the parser
    /// and the standard library, looks conformances up through the whole binary at run time
    /// (0.7 M instructions, a fortieth of a one-file run).
    static var formatNames: String {
        var names = ""
        for format in ReportFormat.allCases {
            if !names.isEmpty { names += ", " }
            names += format.rawValue
        }
        return names
    }

    /// The report options these flags ask for, in the environment whose variables `environment`
    /// gives (the language from `--lang`, else the environment; a caller that knows the
    /// configuration's may replace it).
    func reportOptions(environment: (String) -> String?) -> ReportOptions {
        ReportOptions(
            language: lang ?? Language.fromEnvironment(environment),
            color: color.isEnabled(
                writingToTerminal: output == nil && isatty(STDOUT_FILENO) == 1, environment: environment),
            quiet: quiet)
    }

    /// Where a streamed report goes: `--output`, or standard output.
    func sink() throws(ToolFailure) -> FileSink {
        if let output { return try FileSink(path: output) }
        return FileSink()
    }

    /// Writes `data` (UTF-8 text) to `--output`, or to standard output.
    func write(_ data: Data) throws(ToolFailure) {
        if let output {
            try AtomicFile.write(data, to: output)
        } else {
            try StandardOutput.write(data)
        }
    }
}

/// `--color`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    func isEnabled(writingToTerminal: Bool, environment: (String) -> String?) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: writingToTerminal && (environment("NO_COLOR") ?? "").isEmpty
        }
    }
}

extension Language: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension FailThreshold: ExpressibleByArgument {}
