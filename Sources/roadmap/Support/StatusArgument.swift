import ArgumentParser
import RoadmapModel

/// `--status`: the data's words (`done`) or the documents' (`выполнено`).
enum StatusArgument {
    static func parse(_ text: String) throws -> Status {
        let folded = SearchText.fold(text)
        if let status = Status(rawValue: folded) { return status }
        if let status = Status.allCases.first(where: { SearchText.fold($0.russian) == folded }) { return status }
        let valid = Status.allCases.map { "\($0.rawValue) (\($0.russian))" }.joined(separator: ", ")
        throw ValidationError("--status: неизвестный статус «\(Console.visible(text))»; возможны: \(valid).")
    }
}
