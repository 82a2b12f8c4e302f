/// What `roadmap --version` prints. The data directory format has its own
/// version, in every file («format»); this one names the program.
enum ProgramVersion {
    static let number = "0.1.0"
    static let text = "roadmap \(number)"
}
