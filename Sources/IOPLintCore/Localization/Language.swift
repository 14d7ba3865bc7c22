/// A language iop-lint speaks: of messages, and of an agreement's free text.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case en, sv

    /// The language asked for by the environment (`LC_ALL`, then `LC_MESSAGES`, then `LANG`):
    /// Swedish for `sv…`, English otherwise.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        fromEnvironment { environment[$0] }
    }

    /// ``fromEnvironment(_:)`` with each variable's value from `variable` (`nil` when unset).
    public static func fromEnvironment(_ variable: (String) -> String?) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = variable(name), !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("sv") ? .sv : .en
        }
        return .en
    }
}
