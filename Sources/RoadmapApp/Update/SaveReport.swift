/// What the status line says once a change is on disk: the change itself
/// («5. (7 школ): выполнено»), which a newcomer wants to see confirmed,
/// then where it went.
enum SaveReport {
    static func text(marked: StatusMessage?, paths: [String]) -> String {
        let saved: String
        switch paths.count {
        case 0: saved = "сохранено"
        case 1: saved = "сохранено: \(paths[0])"
        default: saved = "сохранено, \(RussianText.count(paths.count, "файл", "файла", "файлов"))"
        }
        guard let marked, !marked.isError, !marked.text.isEmpty else { return saved }
        return "\(marked.text) — \(saved)"
    }
}
