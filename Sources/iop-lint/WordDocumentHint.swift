import IOPLintCore

/// What `lint` says when it is given a Word document: how to import it.
enum WordDocumentHint {
    static func isWordDocument(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".docx") || lowered.hasSuffix(".doc") || lowered.hasSuffix(".docm")
    }

    static func failure(for path: String) -> ToolFailure {
        let base = path.split(separator: "/").last.map(String.init) ?? path
        let yaml = (base.split(separator: ".").dropLast().joined(separator: ".")) + ".yaml"
        return ToolFailure(
            message: LocalizedText(
                en:
                    "\(path) is a Word document; import it as an agreement first: iop-lint import \(path) -o \(yaml), then lint \(yaml)",
                sv:
                    "\(path) är ett Word-dokument; importera det som överenskommelse först: iop-lint import \(path) -o \(yaml), och granska sedan \(yaml)"
            ),
            file: path)
    }
}
