import RoadmapModel
import RoadmapStore

/// Commits what changed in the data directory since the last commit, with
/// the write lock held so no dashboard saves half-way through, and only
/// when the directory loads without an error: a hand edit that breaks a
/// file never leaves this machine.
struct LocalCommit {
    let repository: Repository
    let directory: DataDirectory

    /// The data files and the two git files; nothing else a person keeps
    /// in the folder is committed.
    static let paths = ["*.json", ".gitignore", ".gitattributes"]

    /// Returns the lines the commit message was made of (empty: nothing to commit).
    func commit() throws(SyncError) -> [String] {
        let data = try Validation.check(directory)
        let git = repository.git
        try git.check(["add", "-A", "--"] + Self.paths, "подготовить изменения к записи в историю")
        let head = try repository.head()
        let changed = try repository.changedPaths(["--cached"])
        guard !changed.isEmpty else { return [] }
        let describe = ChangeLines(data: data)
        var lines: [String] = []
        for path in changed.sorted() where path.hasSuffix(".json") {
            lines += describe.lines(path: path, before: try repository.file(path, at: head),
                                    after: try repository.file(path, at: ""))
        }
        let message = head == nil ? ["Дорожная карта: начало общей истории"] : Self.message(lines, files: changed)
        try git.check(try repository.identity() + ["commit", "-q", "--no-verify"] + message.flatMap { ["-m", $0] },
                      "записать изменения в историю git")
        return head == nil ? [] : lines
    }

    /// The first line says what happened, the body lists every mark.
    static func message(_ lines: [String], files: [String]) -> [String] {
        guard let first = lines.first else { return ["Изменены файлы: " + files.joined(separator: ", ")] }
        guard lines.count > 1 else { return [first] }
        return ["\(first) и ещё \(lines.count - 1)", lines.joined(separator: "\n")]
    }
}

/// `validate` as the sync needs it: the data, or the first problems.
enum Validation {
    static func check(_ directory: DataDirectory, after what: String = "") throws(SyncError) -> RoadmapData {
        let report = directory.load()
        guard let data = report.data, report.errors.isEmpty else {
            let shown = report.errors.prefix(10).map(\.description).joined(separator: "\n")
            let more = report.errors.count > 10 ? "\n… и ещё \(report.errors.count - 10)" : ""
            throw SyncError("\(what)каталог данных содержит ошибок: \(report.errors.count); ничего не отправлено и не получено — "
                            + "исправьте (roadmap validate) и повторите:\n\(shown)\(more)", kind: .data)
        }
        return data
    }
}
