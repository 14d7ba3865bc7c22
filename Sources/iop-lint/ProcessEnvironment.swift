import Foundation

/// The process's environment variables, looked up one at a time: iop-lint reads only the
/// language of its messages (`LC_ALL`, `LC_MESSAGES`, `LANG`) and `NO_COLOR`.
/// `ProcessInfo.environment` would first copy every variable into a dictionary.
enum ProcessEnvironment {
    /// The value of the variable `name`, or `nil` when it is not set.
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
