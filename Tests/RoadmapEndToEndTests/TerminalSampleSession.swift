import Foundation
import Testing

/// A copy of a bundled sample (made with `roadmap init --sample`) and a tmux
/// pane to run the real dashboard on it: what a newcomer does on first day.
final class TerminalSampleSession {
    let data: URL
    let pane: TmuxPane
    /// The session whose folder this one shares: kept alive so the folder
    /// is removed only after both panes are gone.
    private let owner: TerminalSampleSession?

    init(sample: String = "terek-2022", width: Int = 80, height: Int = 24) throws {
        let folder = try TerminalFixture.temporaryFolder("sample")
        data = folder.appendingPathComponent(sample)
        let made = Spawn.run(TerminalFixture.binary.path, ["init", data.path, "--sample", sample])
        guard made.status == 0 else { throw TmuxFailure(message: "roadmap init: код \(made.status)") }
        pane = try TmuxPane(width: width, height: height)
        owner = nil
    }

    /// A second terminal on the same data directory: a colleague's dashboard
    /// open on the shared folder at the same time.
    init(sharing other: TerminalSampleSession, width: Int = 80, height: Int = 24) throws {
        data = other.data
        pane = try TmuxPane(width: width, height: height)
        owner = other
    }

    deinit {
        pane.kill()
        if owner == nil { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
    }

    /// Starts `roadmap ARGUMENTS --data DIR` and waits until `ready` holds
    /// for the screen (by default: the overdue count is drawn).
    func open(_ arguments: String = "", prefix: String = "", ready: (String) -> Bool = { $0.contains("!") }) {
        let command = "\(prefix)'\(TerminalFixture.binary.path)' \(arguments) --data '\(data.path)'; echo \"код:$?\""
        pane.run(command)
        let opened = pane.waitForScreen { !$0.contains("код:") && !$0.contains("roadmap'") && ready($0) }
        #expect(opened, "панель не открылась:\n\(pane.screen())")
    }

    /// Sends tmux key names one by one, as a person presses them.
    func press(_ keys: String...) {
        for key in keys { pane.send(key) }
    }

    /// Types text as it is (Cyrillic included), not as key names.
    func type(_ text: String) { pane.send(text, literal: true) }

    /// Waits for text to appear; the screen goes into the failure message.
    @discardableResult
    func expectScreen(_ text: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let found = pane.waitForScreen(seconds: seconds) { $0.contains(text) }
        let screen = pane.screen()
        #expect(found, "нет «\(text)» на экране:\n\(screen)", sourceLocation: sourceLocation)
        return screen
    }

    /// Quits with `key` and waits for the shell to print the exit code.
    func quit(with key: String = "q", sourceLocation: SourceLocation = #_sourceLocation) {
        pane.send(key, literal: true)
        let back = pane.waitForScreen { $0.split(separator: "\n").contains { $0.hasPrefix("код:0") } }
        #expect(back, "после выхода:\n\(pane.screen())", sourceLocation: sourceLocation)
        pane.run("clear")
        _ = pane.waitForScreen { !$0.contains("код:") }
    }

    /// Every file of the data directory with its bytes, to prove nothing changed.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = data.standardizedFileURL.path
        let walker = FileManager.default.enumerator(at: data, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(root.count))] = try Data(contentsOf: url)
        }
        return files
    }

    /// The progress record of a measure in a school's file, as JSON.
    func record(measure: String, school: String) throws -> [String: Any]? {
        let url = data.appendingPathComponent("progress/schools/\(school).json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let records = object?["records"] as? [[String: Any]] ?? []
        return records.first { $0["measure"] as? String == measure }
    }

    /// The line of the screen that holds `text`.
    static func line(_ screen: String, containing text: String) -> String? {
        screen.split(separator: "\n").map(String.init).first { $0.contains(text) }
    }

    /// Today as the screen writes it.
    static var today: String {
        let formatter = DateFormatter()
        formatter.dateFormat = "dd.MM.yyyy"
        return formatter.string(from: Date())
    }
}
