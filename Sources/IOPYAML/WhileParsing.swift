/// What the loading thread does with the time it would spend waiting for libyaml's thread,
/// when libyaml parses ahead (``YAMLLoader/load(bytes:readsAhead:meanwhile:)``). Building the
/// tree takes less time than parsing a large file, so the loading thread waits for events a
/// third of the time or so; a caller can fill those waits with work of its own.
///
/// Both methods are called on the loading thread only, so an implementation needs no lock for
/// what they share.
public protocol WhileParsing: AnyObject {
    /// Called with each scalar as the tree takes it in (a key or a value), with the index of
    /// its document.
    func took(_ scalar: YAMLNode, inDocument index: Int)

    /// Called while the next events are not parsed yet: does one short piece of work (well
    /// under a millisecond, so that libyaml's thread, a few batches ahead, does not stop) and
    /// returns `true`, or returns `false` when it has nothing to do.
    func doPiece() -> Bool
}
