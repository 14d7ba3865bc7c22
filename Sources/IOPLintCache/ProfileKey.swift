import Foundation
import IOPLintCore

/// What identifies a ``LintProfile`` to the cache: the tool's version, the text of the built-in
/// packs and of every rule file the run loaded, and the rules the profile runs with their
/// severities, its checklists and its threshold. Two profiles with the same key lint every file
/// alike.
public enum ProfileKey {
    /// The key of `profile`, whose rules come from `packs` (built-in packs are known by their
    /// embedded text, rule files by the bytes they were loaded from).
    public static func of(_ profile: LintProfile, packs: [RulePack]) -> String {
        var hash = CacheDigest()
        hash.update(field: "iop-lint \(ToolInfo.version)")
        for (file, text) in BuiltInPacks.files {
            hash.update(field: file)
            hash.update(field: text)
        }
        var hashed: Set<String> = []
        for pack in packs.sorted(by: { $0.file < $1.file }) where hashed.insert(pack.file).inserted {
            hash.update(field: pack.file)
            hash.update(pack.bytes)
        }
        for rule in profile.rules {
            hash.update(field: "\(rule.id)=\(profile.severity(of: rule).rawValue)")
        }
        for checklist in profile.checklists { hash.update(field: "checklist \(checklist.pack)") }
        hash.update(field: "known \(profile.knownRuleIDs.map(\.description).sorted().joined(separator: ","))")
        hash.update(field: "fail-on \(profile.failOn.rawValue)")
        return hash.hexDigest()
    }
}
