import RoadmapModel

/// The problems found in one file, each placed at a line and column.
/// One log per file, so files can be checked independently (and in parallel).
final class FileLog {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func error(_ message: String, at position: SourcePosition?) {
        add(.error, message, position)
    }

    func warning(_ message: String, at position: SourcePosition?) {
        add(.warning, message, position)
    }

    private func add(_ severity: Diagnostic.Severity, _ message: String, _ position: SourcePosition?) {
        diagnostics.append(Diagnostic(severity, file: file, line: position?.line,
                                      column: position?.column, message: message))
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// A record's name in messages: «мероприятие «2.4»», «школа «urozhaynoe»».
/// Empty for the file's top level, where the field name says enough.
struct Label {
    var text: String

    static let topLevel = Label(text: "")

    func message(_ text: String) -> String {
        self.text.isEmpty ? text : "\(self.text): \(text)"
    }

    func appending(_ part: String) -> Label {
        Label(text: text.isEmpty ? part : "\(text), \(part)")
    }
}
