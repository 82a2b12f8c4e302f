import Foundation

/// The absolute path of the running `roadmap`, which git calls back as the
/// merge driver: registered again on every sync, so a moved program is found.
enum ProgramPath {
    static var current: String {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return link }
        let argument = CommandLine.arguments[0]
        return URL(fileURLWithPath: argument).standardizedFileURL.path
    }
}
