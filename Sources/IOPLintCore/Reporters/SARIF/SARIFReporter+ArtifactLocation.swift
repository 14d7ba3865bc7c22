extension SARIFReporter {
    /// Where the file shown as `path` is, as SARIF wants it: a relative path becomes a
    /// URI reference relative to ``sourceRoot`` (without a leading `./`), an absolute one a
    /// `file://` URI. Every byte but the unreserved characters of RFC 3986 and `/` is
    /// percent-encoded, so spaces and non-ASCII letters are too.
    static func artifactLocation(of path: String) -> SARIFLog.ArtifactLocation {
        if path.hasPrefix("/") {
            return SARIFLog.ArtifactLocation(uri: "file://" + percentEncoded(path))
        }
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        return SARIFLog.ArtifactLocation(uri: percentEncoded(relative), uriBaseId: sourceRoot)
    }

    /// `text` with every UTF-8 byte outside `A–Z a–z 0–9 - . _ ~ /` written as `%XX`.
    static func percentEncoded(_ text: some StringProtocol) -> String {
        var result = ""
        for byte in text.utf8 {
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
