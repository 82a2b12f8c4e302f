/// One municipality the region follows: its name as the region writes it,
/// the address of its shared roadmap (git, ssh or https) and the folder of
/// the regional folder its copy lives in.
public struct Municipality: Hashable, Sendable {
    public var name: String
    public var remote: String
    /// Latin `a-z0-9-`, made from the name when it is added.
    public var folder: String

    public init(name: String, remote: String, folder: String) {
        self.name = name
        self.remote = remote
        self.folder = folder
    }
}
