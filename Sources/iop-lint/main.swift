import ArgumentParser
import Foundation
import IOPLintCore

// A closed pipe (`iop-lint … | head -1`) must make a write fail, which ends the run with a
// message and exit code 2, rather than kill the process with SIGPIPE.
signal(SIGPIPE, SIG_IGN)

/// Ends the process with `code`, once the work started ahead is done, after checking that what
/// waits in C's buffered streams (if anything does) can be written: a run whose output was lost
/// never exits 0.
func finish(_ code: Int32) -> Never {
    BuiltInRulesAhead.waitIfStarted()
    if fflush(nil) != 0 {
        let language = Language.fromEnvironment(ProcessEnvironment.value)
        StandardError.write("\(RunFailures(.cannotWriteStandardOutput, language: language))\n")
        exit(ExitStatus.failure.rawValue)
    }
    exit(code)
}

// The entry point decides the exit code for everything that is not a lint result:
// help and version exit 0; bad options, and failures of the run itself, exit 2.
do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    var command: any ParsableCommand
    if let line = CommonCommandLine.line(arguments) {
        // The built-in rules are made on other threads while the command is.
        BuiltInRulesAhead.start()
        let common = line.command
        // Checked as the parser checks the commands it builds.
        try common.validate()
        command = common
    } else {
        command = try IOPLint.parseAsRoot(CacheOptions.withDefaultCacheFolder(arguments))
    }
    try command.run()
    finish(0)
} catch let code as ExitCode {
    finish(code.rawValue)
} catch let failures as RunFailures {
    StandardError.write("\(failures)\n")
    finish(ExitStatus.failure.rawValue)
} catch let failure as ToolFailure {
    let language = Language.fromEnvironment(ProcessEnvironment.value)
    StandardError.write("\(RunFailures(failure, language: language))\n")
    finish(ExitStatus.failure.rawValue)
} catch {
    let code = IOPLint.exitCode(for: error)
    if code.isSuccess {
        // Help and version: written like any other output, so that a failed write is not exit 0.
        do {
            try StandardOutput.write(IOPLint.fullMessage(for: error) + "\n")
        } catch {
            let language = Language.fromEnvironment(ProcessEnvironment.value)
            StandardError.write("\(RunFailures(error, language: language))\n")
            finish(ExitStatus.failure.rawValue)
        }
        finish(code.rawValue)
    }
    StandardError.write(IOPLint.fullMessage(for: error) + "\n")
    finish(ExitStatus.failure.rawValue)
}
