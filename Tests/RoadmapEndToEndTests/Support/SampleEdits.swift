import Foundation
import Testing

extension TemporaryFolder {
    /// A bundled sample written into the folder, as `roadmap init` writes it.
    func sample(_ name: String, into folder: String = "t") throws -> String {
        let dir = path(folder)
        let created = try RoadmapProcess.run(["init", dir, "--sample", name])
        try #require(created.status == 0, "\(created.stderr)")
        return dir
    }
}

/// A data file edited by hand: one piece of text replaced by another.
func editByHand(_ path: String, _ old: String, with new: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains(old), "\(path): \(old)", sourceLocation: sourceLocation)
    try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
}

extension RoadmapProcess {
    /// Runs each call on the data directory, expecting every one to succeed.
    static func succeeding(_ calls: [[String]], data dir: String,
                           sourceLocation: SourceLocation = #_sourceLocation) throws -> [(call: [String], result: Result)] {
        try calls.map { call in
            let result = try run(call + ["--data", dir])
            #expect(result.status == 0, "\(call): \(result.stderr)", sourceLocation: sourceLocation)
            return (call, result)
        }
    }
}
