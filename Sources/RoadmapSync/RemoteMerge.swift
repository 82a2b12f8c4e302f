import Foundation
import RoadmapModel
import RoadmapStore

/// Brings the server's commits into the clone, with the write lock held:
/// a fast-forward when only the server changed, else a merge in which git
/// calls the project's driver for the record files. Whatever fails — the
/// driver, git, or `validate` of the result — the working tree is put back
/// exactly as it was and nothing is committed.
struct RemoteMerge {
    let repository: Repository
    let directory: DataDirectory
    let branch: String

    var notesPath: String { repository.gitDirectory.appendingPathComponent("roadmap-merge-notes").path }

    func merge(_ remote: String, into report: inout SyncReport) throws(SyncError) {
        guard let before = try repository.head() else {
            try repository.git.check(["reset", "-q", "--hard", remote], "взять данные с сервера")
            report.merge = .fastForward
            return
        }
        guard try repository.hasCommonHistory(before, remote) else { throw Self.unrelated }
        if try repository.isAncestor(before, of: remote) {
            try repository.git.check(["merge", "-q", "--ff-only", remote], "взять изменения с сервера")
            report.merge = .fastForward
            if case .failure(let problem) = validated() {
                try repository.git.check(["reset", "-q", "--hard", before], "вернуть каталог данных как было")
                throw problem
            }
        } else {
            report.resolved += try mergeBoth(remote)
            report.merge = .merged
        }
        let data = try Validation.check(directory)
        let describe = ChangeLines(data: data)
        for path in try repository.changedPaths([before, try repository.head() ?? before]) where path.hasSuffix(".json") {
            report.received += describe.lines(path: path, before: try repository.file(path, at: before),
                                              after: try repository.file(path, at: "HEAD"))
        }
    }

    /// The merge proper; returns the records the rule settled.
    private func mergeBoth(_ remote: String) throws(SyncError) -> [MergeNotes.Note] {
        try? FileManager.default.removeItem(atPath: notesPath)
        var git = repository.git
        git.environment[MergeNotes.variable] = notesPath
        let output = try git.run(try repository.identity() + ["merge", "-q", "--no-ff", "--no-commit", remote])
        let notes = MergeNotes.read(notesPath)
        guard output.succeeded else {
            let conflicted = try repository.changedPaths(["--diff-filter=U"])
            try abort()
            throw Self.conflict(conflicted, refusals: notes.compactMap(\.refusal), git: output, branch: branch)
        }
        let data: RoadmapData
        switch validated() {
        case .failure(let problem):
            try abort()
            throw problem
        case .success(let merged):
            data = merged
        }
        // git may call the driver more than once for a file (a criss-cross
        // history merges its ancestors first): each record is named once.
        var seen = Set<MergeNotes.Note>()
        let resolved = notes.filter { $0.record != nil && seen.insert($0).inserted }
        let body = resolved.isEmpty ? [] : ["-m", resolved.compactMap { $0.line(data: data) }.joined(separator: "\n")]
        try git.check(try repository.identity() + ["commit", "-q", "--no-verify", "-m", "Объединение с сервером"] + body,
                      "записать объединение в историю git")
        return resolved
    }

    /// The merged tree's data, or the error `validate` gives for it.
    private func validated() -> Result<RoadmapData, SyncError> {
        Result { () throws(SyncError) in try Validation.check(directory, after: "после объединения с сервером ") }
    }

    func abort() throws(SyncError) {
        guard repository.isMerging else { return }
        try repository.git.check(["merge", "--abort"], "отменить незавершённое объединение")
    }

    static let unrelated = SyncError(
        "на сервере уже есть другая дорожная карта, не связанная с этим каталогом: ничего не изменено. "
        + "Получите её в новый каталог: roadmap init НОВЫЙ_КАТАЛОГ --from URL", kind: .usage)

    static func conflict(_ files: [String], refusals: [String], git: Git.Output, branch: String) -> SyncError {
        var text = "не удалось объединить изменения с сервером"
        if !files.isEmpty { text += " в файлах: " + files.joined(separator: ", ") }
        if !refusals.isEmpty { text += " (" + refusals.joined(separator: "; ") + ")" }
        else if files.isEmpty { text += ": git сообщает «\(GitMessage.summary(git.stderr))»" }
        return SyncError(text + ". Каталог данных оставлен точно таким, каким был, ничего не отправлено. "
                         + "Договоритесь, чья правка верна, внесите её на одном компьютере, на другом верните файл "
                         + "как на сервере (git -C КАТАЛОГ checkout \(Repository.remote)/\(branch) -- ФАЙЛ) и повторите roadmap sync.",
                         kind: .conflict)
    }
}
