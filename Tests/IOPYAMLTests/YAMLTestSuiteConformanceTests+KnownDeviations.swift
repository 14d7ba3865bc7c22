/// A case where libyaml 0.2.5 itself departs from the YAML test suite, and why.
struct KnownDeviation {
    var kind: YAMLTestSuiteOutcome.Deviation
    var reason: String

    static func acceptsInvalid(_ reason: String) -> KnownDeviation {
        KnownDeviation(kind: .acceptsInvalid, reason: reason)
    }
    static func rejectsValid(_ reason: String) -> KnownDeviation {
        KnownDeviation(kind: .rejectsValid, reason: reason)
    }
    static func differentValue(_ reason: String) -> KnownDeviation {
        KnownDeviation(kind: .differentValue, reason: reason)
    }
}

extension YAMLTestSuiteConformanceTests {
    /// Every case where libyaml 0.2.5, not our code, goes its own way. The same cases deviate
    /// when libyaml is driven by another wrapper (PyYAML's `CLoader`), which is how each was
    /// checked to be libyaml's own.
    static let knownLibYAMLDeviations: [String: KnownDeviation] = [
        // libyaml accepts invalid YAML.
        "9C9N": .acceptsInvalid("flow sequence continued at column 1, less indented than its block key"),
        "9HCY": .acceptsInvalid("directive after a document without a `...` end marker"),
        "9JBA": .acceptsInvalid("comment with no space after `]`"),
        "CVW2": .acceptsInvalid("comment with no space after `,`"),
        "DK95-01": .acceptsInvalid("tab as indentation of a double-quoted continuation line"),
        "EB22": .acceptsInvalid("`%YAML` directive after a document without a `...` end marker"),
        "G5U8": .acceptsInvalid("plain `-` as a flow sequence entry"),
        "MUS6-00": .acceptsInvalid("comment with no space after a `%YAML` directive"),
        "MUS6-01": .acceptsInvalid("`%YAML` directive repeated after a document without `...`"),
        "QB6E": .acceptsInvalid("double-quoted continuation lines indented less than their key"),
        "RHX7": .acceptsInvalid("`%YAML` directive after a document without a `...` end marker"),
        "S98Z": .acceptsInvalid("block scalar whose leading empty lines are more indented than its first line"),
        "SU5Z": .acceptsInvalid("comment with no space after a double-quoted scalar"),
        "X4QW": .acceptsInvalid("comment with no space after a block scalar indicator"),
        "Y79Y-003": .acceptsInvalid("tab as indentation inside a flow sequence"),
        "YJV2": .acceptsInvalid("plain `-` as a flow sequence entry"),

        // libyaml rejects valid YAML.
        "2JQS": .rejectsValid("block mapping entry with an empty implicit key (`: a`)"),
        "6M2F": .rejectsValid("block mapping entry with an empty implicit key (`: *a`)"),
        "M2N8-00": .rejectsValid("empty implicit key inside an explicit key (`? : x`)"),
        "NHX8": .rejectsValid("block mapping entry with an empty implicit key (`:`)"),
        "NKF9": .rejectsValid("block mapping entry with an empty implicit key (`: empty key`)"),
        "S3PD": .rejectsValid("block mapping entry with an empty implicit key (`: # Both empty`)"),
        "SM9W-01": .rejectsValid("a stream of a single `:` (empty key and value)"),
        "UKK6-00": .rejectsValid("empty implicit key in a sequence entry (`- :`)"),
        "CFD4": .rejectsValid("empty implicit key in a flow sequence pair (`[ : empty key ]`)"),
        "FRK4": .rejectsValid("empty implicit key in a flow mapping (`: bar`)"),
        "2LFX": .rejectsValid("reserved directive `%FOO` is an error instead of a warning"),
        "6LVF": .rejectsValid("reserved directive `%FOO` is an error instead of a warning"),
        "MUS6-05": .rejectsValid("reserved directive `%YAM` is an error instead of a warning"),
        "MUS6-06": .rejectsValid("reserved directive `%YAMLL` is an error instead of a warning"),
        "BEC7": .rejectsValid("`%YAML 1.3` is an error instead of a warning"),
        "2SXE": .rejectsValid("anchor name containing `:`"),
        "8XYN": .rejectsValid("anchor name with a non-ASCII character"),
        "W5VH": .rejectsValid("anchor name with punctuation (`&:@*!$\"<foo>:`)"),
        "4ABK": .rejectsValid("flow plain scalar containing `:` (`http://foo.com`) and an omitted value"),
        "58MP": .rejectsValid("flow plain scalar starting with `:` (`:x`)"),
        "5T43": .rejectsValid("flow plain scalar starting with `:` right after a quoted key"),
        "DBG4": .rejectsValid("flow plain scalar starting with `::`"),
        "HM87-00": .rejectsValid("flow plain scalar starting with `:` (`[:x]`)"),
        "4MUZ-00": .rejectsValid("flow mapping `:` on the line after its key"),
        "4MUZ-01": .rejectsValid("flow mapping `:` on the line after its key"),
        "4MUZ-02": .rejectsValid("flow mapping `:` on the line after its key"),
        "5MUD": .rejectsValid("flow mapping `:` on the line after its key"),
        "K3WX": .rejectsValid("flow mapping `:` on the line after its key and a comment"),
        "VJP3-01": .rejectsValid("flow mapping `:` on the line after its key"),
        "9SA2": .rejectsValid("double-quoted flow mapping key over two lines"),
        "NJ66": .rejectsValid("plain flow mapping key over two lines"),
        "UT92": .rejectsValid("plain flow mapping key over two lines"),
        "6BCT": .rejectsValid("tab as separation after a block sequence indicator"),
        "6CA3": .rejectsValid("tab before a top-level flow sequence"),
        "96NN-00": .rejectsValid("tab as the first content character of a literal block scalar"),
        "96NN-01": .rejectsValid("tab as the first content character of a literal block scalar"),
        "A2M4": .rejectsValid("tab as separation after a block sequence indicator"),
        "DK95-00": .rejectsValid("tab after indentation spaces before a plain scalar"),
        "DK95-03": .rejectsValid("line of only a tab before the first key"),
        "DK95-04": .rejectsValid("line of only a tab between two keys"),
        "Q5MG": .rejectsValid("tab before a top-level flow mapping"),
        "R4YG": .rejectsValid("tab as content of a folded block scalar's empty line"),
        "Y79Y-001": .rejectsValid("line of only a tab inside a literal block scalar"),
        "Y79Y-010": .rejectsValid("tab as separation after a block sequence indicator"),
        "DK3J": .rejectsValid("zero-indented block scalar after `--- >` with a `#` line"),
        "FP8R": .rejectsValid("zero-indented block scalar after `--- >`"),
        "7Z25": .rejectsValid("bare document after a `...` end marker"),
        "M7A3": .rejectsValid("bare document after a `...` end marker"),
        "W4TN": .rejectsValid("`%` at column 1 inside a literal block scalar read as a directive"),
        "HWV9": .rejectsValid("a stream of only a `...` end marker"),
        "QT73": .rejectsValid("a stream of only a comment and a `...` end marker"),

        // libyaml reads valid YAML to other values.
        "652Z": .differentValue("reads `?foo` in a flow mapping as an explicit key `foo`"),
        "HM87-01": .differentValue("reads `[?x]` as a flow pair with the explicit key `x`"),
        "JEF9-02": .differentValue("drops trailing spaces of a kept (`|+`) block scalar at the end of the stream"),
        "L24T-01": .differentValue(
            "drops the last line break of a literal block scalar ending in spaces at the end of the stream"),
        "Y2GN": .differentValue("ends the anchor `&an:chor` at `:` and keeps `:chor` in the value"),
    ]
}
