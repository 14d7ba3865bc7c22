/// One finding recorded in a ``Baseline``.
///
/// A finding matches an entry when file, rule and ``Fingerprint`` are the same; the line and
/// the message are there for people reading the file, and are never compared.
public struct BaselineEntry: Sendable, Hashable {
    /// The file as iop-lint showed it: relative to the folder it ran from, without `./`.
    public var file: String
    public var rule: RuleID
    /// The finding's ``Fingerprint`` (32 lowercase hexadecimal digits), numbered as
    /// ``Fingerprint/all(in:)`` numbers repeats.
    public var fingerprint: String
    /// The line of the finding when it was recorded (1-based); `nil` when not written.
    public var line: Int?
    /// The finding's message when it was recorded; `nil` when not written.
    public var message: String?

    public init(file: String, rule: RuleID, fingerprint: String, line: Int? = nil, message: String? = nil) {
        self.file = file
        self.rule = rule
        self.fingerprint = fingerprint
        self.line = line
        self.message = message
    }

    /// What a finding must share with the entry to match it.
    struct Key: Hashable {
        var file: String
        var rule: RuleID
        var fingerprint: String
    }

    var key: Key { Key(file: file, rule: rule, fingerprint: fingerprint) }

    /// The order of a baseline file: by file, rule and fingerprint, then line.
    static func inFileOrder(_ a: BaselineEntry, _ b: BaselineEntry) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.rule != b.rule { return a.rule < b.rule }
        if a.fingerprint != b.fingerprint { return a.fingerprint < b.fingerprint }
        return (a.line ?? 0) < (b.line ?? 0)
    }
}
