/// Small agreements for end-to-end runs.
enum Fixtures {
    /// Passes every rule of the `format` pack.
    static let clean = "iop-lint: 1\ntitle: Läxhjälp i Gottsunda\nkind: iop\n"
    /// A YAML syntax error on line 3: the quoted title never ends.
    static let syntaxError = "iop-lint: 1\nkind: iop\ntitle: \"Läxhjälp i Gottsunda\n"
    /// Only a warning: an unknown key (`titel`).
    static let warningOnly = "iop-lint: 1\ntitel: Läxhjälp i Gottsunda\n"
    /// An error (a kind outside the list) and a warning (an unknown key).
    static let errorAndWarning = "iop-lint: 1\nkind: partnerskap\ntitel: Läxhjälp\n"
}

extension Fixtures {
    /// An agreement of more than `bytes` bytes: `warningOnly` with a long list under an unknown key.
    static func large(bytes: Int) -> String {
        var text = warningOnly + "anteckningar:\n"
        var item = 0
        while text.utf8.count <= bytes {
            item += 1
            text += "  - Rad \(item): läxhjälp på tisdagar och torsdagar i Gottsunda bibliotek.\n"
        }
        return text
    }
}
