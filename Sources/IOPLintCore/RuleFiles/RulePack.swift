/// A pack of rules loaded from one rule file: built in (`rules/`) or the user's own.
public struct RulePack: Sendable {
    /// `[a-z0-9-]+`; the rules' ids are `name/<rule>`.
    public var name: String
    public var title: LocalizedText?
    /// Where the pack's rules come from.
    public var source: String?
    /// When the pack runs, as written in the file (`kind: { one-of: [iop] }`); `nil` for always.
    public var appliesWhen: String?
    public var rules: [any Rule]
    public var checklist: Checklist?
    /// The rule file, as named when it was loaded.
    public var file: String
    /// The rule file's bytes as they were loaded, for what depends on exactly them (the cache's
    /// key) without reading the file again. A built-in pack keeps its text and makes the bytes
    /// when asked, so that a run that does not ask copies none of the packs' text.
    public var bytes: [UInt8] {
        get {
            switch contents {
            case .bytes(let bytes): bytes
            case .text(let text): Array(text.utf8)
            }
        }
        set { contents = .bytes(newValue) }
    }
    /// Where ``bytes`` come from.
    var contents: Contents = .bytes([])
    /// `applies-when`, evaluated.
    var condition: Condition?

    /// The bytes as read, or the text of a built-in pack, whose UTF-8 they are.
    enum Contents: Sendable {
        case bytes([UInt8])
        case text(String)
    }
}
