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
///
/// Built only when a message is written: a region has hundreds of thousands
/// of progress records and almost none of them ever gets a message, so a
/// progress record's label keeps the parts it is made of, not the text.
struct Label {
    private enum Head {
        case text(String)
        /// «запись о мероприятии «2.4» за 2021-03-31», or «запись № 7» without a measure.
        case progressRecord(measure: String?, occurrence: String?, number: Int)
    }

    private var head: Head
    private var parts: [String] = []
    /// «история, запись N», kept as the number for the same reason.
    private var historyEntry: Int?

    init(text: String) {
        head = .text(text)
    }

    static let topLevel = Label(text: "")

    static func progressRecord(measure: String?, occurrence: String?, number: Int) -> Label {
        var label = Label(text: "")
        label.head = .progressRecord(measure: measure, occurrence: occurrence, number: number)
        return label
    }

    var text: String {
        var pieces: [String] = []
        switch head {
        case .text(let text): if !text.isEmpty { pieces.append(text) }
        case .progressRecord(let measure?, let occurrence, _):
            var text = "запись о мероприятии «\(Quote.visible(measure))»"
            if let occurrence { text += " за \(Quote.visible(occurrence))" }
            pieces.append(text)
        case .progressRecord(nil, _, let number): pieces.append("запись № \(number)")
        }
        pieces += parts
        if let historyEntry { pieces.append("история, запись \(historyEntry)") }
        return pieces.joined(separator: ", ")
    }

    func message(_ text: String) -> String {
        let label = self.text
        return label.isEmpty ? text : "\(label): \(text)"
    }

    func appending(_ part: String) -> Label {
        var label = self
        if let entry = historyEntry {
            // Parts keep their order: the history entry was named first.
            label.parts.append("история, запись \(entry)")
            label.historyEntry = nil
        }
        label.parts.append(part)
        return label
    }

    /// «…, история, запись N» without building the text.
    func historyEntry(_ number: Int) -> Label {
        guard historyEntry == nil else { return appending("история, запись \(number)") }
        var label = self
        label.historyEntry = number
        return label
    }
}
