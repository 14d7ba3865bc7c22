import Foundation

/// Path arithmetic for configuration files.
enum ConfigPaths {
    /// `path` made absolute against the working folder, normalised (no `.`, `..`, `//`).
    static func absolute(_ path: String) -> String {
        let base = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in base.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `path` relative to `folder`, or `nil` when it is not inside it.
    static func relative(_ path: String, to folder: String) -> String? {
        let file = absolute(path)
        let root = absolute(folder)
        if root == "/" { return String(file.dropFirst()) }
        guard file.hasPrefix(root + "/") else { return nil }
        return String(file.dropFirst(root.count + 1))
    }

    /// The folder of `path`.
    static func folder(of path: String) -> String {
        let absolute = absolute(path)
        guard let slash = absolute.lastIndex(of: "/"), slash != absolute.startIndex else { return "/" }
        return String(absolute[..<slash])
    }

    /// `path` as written in a configuration in `folder`: absolute paths stay, relative ones are
    /// joined to the folder.
    static func resolve(_ path: String, in folder: String) -> String {
        path.hasPrefix("/") ? absolute(path) : absolute(folder + "/" + path)
    }
}
