import Foundation
import RoadmapModel

extension DataDirectory {
    /// What the coordinator writes for the справка by hand (the goals, what
    /// was done, «Задачи и рекомендации»), beside the JSON files. Optional.
    public static let reportTextFile = "report.md"

    /// The text of `report.md`, nil when there is none. Read like the data
    /// files (a plain file inside the directory, 64 MiB at most) and only
    /// when it is UTF-8; otherwise the reason, in Russian.
    public func reportText() -> ReportTextReading {
        Self.reportText(FileReader(rootPath: root.standardizedFileURL.path))
    }

    /// The same through a reader the caller already has (the loader's).
    static func reportText(_ reader: FileReader) -> ReportTextReading {
        switch reader.read(reportTextFile) {
        case .missing:
            return .absent
        case .problem(let text):
            return .problem(Diagnostic(.warning, file: Self.reportTextFile, message: text))
        case .bytes(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return .problem(Diagnostic(.warning, file: Self.reportTextFile,
                                           message: "файл не в кодировке UTF-8; сохраните его как UTF-8"))
            }
            return .text(text)
        }
    }
}

public enum ReportTextReading: Sendable {
    case absent
    case text(String)
    /// Named among the load's warnings; the справка is made without it.
    case problem(Diagnostic)

    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}
