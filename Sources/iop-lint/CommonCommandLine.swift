import ArgumentParser
import IOPLintCore

/// The command lines editors and hooks run on every save or commit, `iop-lint [OPTIONS] PATH...`
/// with a few common options, read without swift-argument-parser.
///
/// Reading a command line with swift-argument-parser reflects on every option of every command
/// it passes through, a fixed cost as large as linting a small file. A command line of paths,
/// none of them an option or a command name, with at most `--format`/`-f`, `--lang`,
/// `--fail-on`, `--jobs`/`-j`, `--max-warnings` and `--config`/`-c` (each once, with a value the
/// parser accepts and the command's validation passes), `--quiet`/`-q`, and the rule selection
/// `--rules`/`-r`, `--pack`, `--enable` and `--disable` (each as often as wanted, with a value
/// that is neither empty, nor an option, nor a command name), means `lint` with those options
/// and every other at its default; it is built here directly. Any other command line, a
/// misspelled or repeated option or a value the parser or the validation would refuse
/// included, is left to the parser, which also reports its errors. `CommonCommandLineTests`
/// check that the command built here equals the parser's, option by option.
///
/// A whole number (`--jobs 2`) is where the parser costs most: reading one looks its type's
/// conformances up at run time, half again the instructions of linting a 5 KB file.
enum CommonCommandLine {
    /// A common command line, read but not yet made into a command: its paths and the options
    /// it gives, with their values (each already one the parser accepts).
    struct Line {
        var paths: [String] = []
        var format: ReportFormat?
        var lang: Language?
        var failOn: FailThreshold?
        var jobs: Int?
        var maxWarnings: Int?
        var config: String?
        var quiet = false
        var rules: [String] = []
        var pack: [String] = []
        var enable: [String] = []
        var disable: [String] = []

        /// The `lint` command the line stands for: every option it does not give at its default.
        var command: LintCommand {
            var command = CommonCommandLine.defaultCommand
            command.paths = paths
            command.failOn = failOn
            command.jobs = jobs
            command.output.quiet = quiet
            if let format { command.output.format = format }
            command.output.lang = lang
            command.baselines.maxWarnings = maxWarnings
            command.selection.config = config
            command.selection.rules = rules
            command.selection.pack = pack
            command.selection.enable = enable
            command.selection.disable = disable
            return command
        }
    }

    /// `arguments` (without the program's name) read as a common command line; `nil` for any
    /// other. Reading is cheap: making the command (``Line/command``) is what costs.
    static func line(_ arguments: [String]) -> Line? {
        var line = Line()
        var given: [String] = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if isPlainArgument(argument) {
                line.paths.append(argument)
                continue
            }
            let option = longName(argument)
            guard let option, repeatable.contains(option) || !given.contains(option) else { return nil }
            given.append(option)
            switch option {
            case "--quiet": line.quiet = true
            case "--format":
                guard let format = rest.popFirst().flatMap(ReportFormat.init(rawValue:)) else { return nil }
                line.format = format
            case "--lang":
                guard let language = rest.popFirst().flatMap(Language.init(rawValue:)) else { return nil }
                line.lang = language
            case "--fail-on":
                guard let threshold = rest.popFirst().flatMap(FailThreshold.init(rawValue:)) else { return nil }
                line.failOn = threshold
            case "--jobs":
                // Read as the parser reads a whole number: `Int(_:)`, digits with an optional sign.
                guard let jobs = rest.popFirst().flatMap({ Int($0) }), jobs >= 1 else { return nil }
                line.jobs = jobs
            case "--max-warnings":
                guard let limit = rest.popFirst().flatMap({ Int($0) }), limit >= 0 else { return nil }
                line.maxWarnings = limit
            case "--config":
                guard let path = rest.popFirst(), isPlainArgument(path) else { return nil }
                line.config = path
            case "--rules", "--pack", "--enable", "--disable":
                guard let value = rest.popFirst(), isPlainArgument(value) else { return nil }
                switch option {
                case "--rules": line.rules.append(value)
                case "--pack": line.pack.append(value)
                case "--enable": line.enable.append(value)
                default: line.disable.append(value)
                }
            default: return nil
            }
        }
        return line
    }

    /// Whether the parser would read `argument` as a path of `lint`, or as the value of an
    /// option that takes text, whatever else is on the line: it is not empty, is not an option
    /// (`-`, `--` and `-x` all start with `-`) and is not the name of a command.
    static func isPlainArgument(_ argument: String) -> Bool {
        guard let first = argument.utf8.first, first != UInt8(ascii: "-") else { return false }
        return !commandNames.contains(argument)
    }

    /// The options that may be given more than once, each adding a value.
    private static let repeatable: Set<String> = ["--rules", "--pack", "--enable", "--disable"]

    /// The names of `iop-lint`'s commands, and `help`, which the parser adds.
    static let commandNames = IOPLint.configuration.subcommands.map { $0._commandName } + ["help"]
    /// The long name of an option read here (`--format` for `-f`), else `nil`.
    private static func longName(_ argument: String) -> String? {
        switch argument {
        case "-f", "--format": "--format"
        case "-q", "--quiet": "--quiet"
        case "-j", "--jobs": "--jobs"
        case "-c", "--config": "--config"
        case "-r", "--rules": "--rules"
        case "--lang", "--fail-on", "--max-warnings", "--pack", "--enable", "--disable": argument
        default: nil
        }
    }

    /// `lint` with every option at its default and no paths.
    private static var defaultCommand: LintCommand {
        var command = LintCommand()
        command.paths = []
        command.stdinFilename = LintCommand.defaultStdinFilename
        command.failOn = nil
        command.jobs = nil
        var selection = RuleSelectionOptions()
        selection.config = nil
        selection.rules = []
        selection.pack = []
        selection.enable = []
        selection.disable = []
        command.selection = selection
        var output = OutputOptions()
        output.format = .text
        output.output = nil
        output.lang = nil
        output.color = .auto
        output.quiet = false
        output.verbose = false
        command.output = output
        var baselines = BaselineOptions()
        baselines.baseline = nil
        baselines.writeBaseline = nil
        baselines.maxWarnings = nil
        command.baselines = baselines
        var incremental = CacheOptions()
        incremental.cache = nil
        incremental.changedSince = nil
        incremental.shard = nil
        command.incremental = incremental
        return command
    }
}
