/// The program's name, version and home, as reports show them.
public enum ToolInfo {
    public static let name = "iop-lint"
    public static let version = "0.1.0"
    public static let informationURI = "https://github.com/iop-lint/iop-lint"
}
