/// What the `character` of an LSP position counts: UTF-16 code units (the default of LSP 3.17)
/// or Unicode scalars (`utf-32`, when the client offers it).
public enum PositionEncoding: String, Sendable, Hashable, Codable {
    case utf16 = "utf-16"
    case utf32 = "utf-32"

    /// The encoding to use with a client that offers `offered` (its
    /// `general.positionEncodings`, in its order of preference): `utf-32` when offered, since
    /// the linter counts scalars; else the mandatory `utf-16`.
    public static func negotiate(offered: [String]?) -> PositionEncoding {
        (offered ?? []).contains(PositionEncoding.utf32.rawValue) ? .utf32 : .utf16
    }

    /// How many units `scalar` takes in this encoding.
    func width(of scalar: Unicode.Scalar) -> Int {
        switch self {
        case .utf16: scalar.utf16.count
        case .utf32: 1
        }
    }
}
