extension SARIFReporter {
    /// Where the file shown as `path` is, as SARIF wants it: a relative path becomes a
    /// URI reference relative to ``sourceRoot`` (without a leading `./`), an absolute one a
    /// `file://` URI. Every byte but the unreserved characters of RFC 3986 and `/` is
    /// percent-encoded, so spaces and non-ASCII letters are too. The path's bytes are those of the
    /// file (``RawPath/init(shown:)``), so that a name that is not UTF-8 (shown `bilaga-\xE4.yaml`)
    /// is the file's URI (`bilaga-%E4.yaml`).
    static func artifactLocation(of path: String) -> SARIFLog.ArtifactLocation {
        let path = RawPath(shown: path)
        if path.bytes.first == UInt8(ascii: "/") {
            return SARIFLog.ArtifactLocation(uri: "file://" + percentEncoded(path.bytes))
        }
        return SARIFLog.ArtifactLocation(uri: percentEncoded(path.withoutLeadingDotSlash.bytes), uriBaseId: sourceRoot)
    }

    /// `bytes` with every byte outside `A–Z a–z 0–9 - . _ ~ /` written as `%XX`.
    static func percentEncoded(_ bytes: [UInt8]) -> String {
        var result = ""
        for byte in bytes {
            let scalar = Unicode.Scalar(byte)
            if isUnreserved(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result +=
                    "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return result
    }

    private static func isUnreserved(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || "-._~/".unicodeScalars.contains(scalar)
    }
}
