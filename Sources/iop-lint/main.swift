import ArgumentParser
import Foundation
import IOPLintCore

// The entry point decides the exit code for everything that is not a lint result:
// help and version exit 0; bad options, and failures of the run itself, exit 2.
do {
    var command = try IOPLint.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch let failures as RunFailures {
    FileHandle.standardError.write(Data("\(failures)\n".utf8))
    exit(ExitStatus.failure.rawValue)
} catch {
    let code = IOPLint.exitCode(for: error)
    if code.isSuccess { IOPLint.exit(withError: error) }
    FileHandle.standardError.write(Data((IOPLint.fullMessage(for: error) + "\n").utf8))
    exit(ExitStatus.failure.rawValue)
}
