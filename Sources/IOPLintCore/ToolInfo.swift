/// The program's name and version, as reports show them.
public enum ToolInfo {
    public static let name = "iop-lint"
    public static let version = "0.1.0"
}
