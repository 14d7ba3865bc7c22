import Foundation
import IOPLintCore

/// The paths of the command line as the bytes the shell passed.
///
/// `CommandLine.arguments`, which swift-argument-parser parses, decodes each argument as UTF-8
/// and puts U+FFFD in place of bytes that are not (a file name in Latin-1: `bilaga-\xE4.yaml`),
/// so such a path no longer names its file. The parser still reads the options; this gives each
/// path it parsed back its bytes: a path that decoded cleanly is its own bytes, and one with
/// U+FFFD in it is the next raw argument (after the one matched before it) that decoded to the
/// same string. Parsed paths come in command-line order, so the match holds unless an option's
/// value decoded to the very same damaged string ahead of the path.
enum RawArguments {
    /// `parsed` (paths as the parser gave them, in their order) as paths with their bytes.
    static func paths(_ parsed: [String]) -> [RawPath] {
        let decoded = CommandLine.arguments
        var next = 1
        return parsed.map { path in
            guard path.unicodeScalars.contains("\u{FFFD}"),
                let index = decoded.indices.dropFirst(next).first(where: { decoded[$0] == path }),
                let raw = CommandLine.unsafeArgv[index]
            else { return RawPath(path) }
            next = index + 1
            return RawPath(cString: raw)
        }
    }
}
