import Foundation
import RoadmapStore

/// `roadmap sync`: commit here, fetch, merge, push — retried when another
/// machine pushed first; never a force-push, never a rebase. Syncs of one
/// clone run one at a time (`.git/.roadmap.lock`, the store's kind of lock);
/// the data directory's own write lock is held only while the working tree
/// changes (commit, merge), never over the network.
public struct Synchronizer: Sendable {
    public static let attempts = 5

    let directory: DataDirectory
    let repository: Repository
    let setup: RepositorySetup
    /// `control` and `--read-only`: fetch and merge, never push.
    let pullOnly: Bool

    public init(root: URL, program: String, pullOnly: Bool = false) {
        directory = DataDirectory(root)
        let git = Git(directory: root)
        repository = Repository(git: git)
        setup = RepositorySetup(git: git, program: program)
        self.pullOnly = pullOnly
    }

    /// The first sync: makes the directory a git working tree with `url`
    /// as its server (or points it there), then syncs.
    public func connect(remote url: String) throws(SyncError) -> SyncReport {
        _ = try Validation.check(directory)
        if !repository.exists {
            try repository.git.check(["init", "-q", "-b", "main"], "создать репозиторий git в каталоге данных")
        }
        if let current = try repository.remoteURL() {
            if current != url { try repository.git.check(["remote", "set-url", Repository.remote, url], "сменить адрес сервера") }
        } else {
            try repository.git.check(["remote", "add", Repository.remote, url], "записать адрес сервера")
        }
        return try sync()
    }

    public func sync() throws(SyncError) -> SyncReport {
        guard repository.exists, try repository.remoteURL() != nil else {
            throw SyncError("каталог \(directory.root.path) ещё не подключён к общему репозиторию: "
                            + "roadmap sync --remote URL (первый раз) или roadmap init КАТАЛОГ --from URL", kind: .usage)
        }
        let syncLock = try lock(DataDirectory(repository.gitDirectory), wait: .seconds(60), what: "другая синхронизация этого каталога")
        defer { syncLock.release() }
        var report = SyncReport()
        report.staleLocks = GitLeftovers(gitDirectory: repository.gitDirectory).clearStaleLocks()
        try setup.apply()
        let branch = try repository.branch()
        try whileLocked { () throws(SyncError) in
            try finishInterruptedMerge()
            report.committed = try LocalCommit(repository: repository, directory: directory).commit()
        }
        try exchange(branch, into: &report)
        LastSync.write(directory.root)
        return report
    }

    /// Fetch, merge when the server has something new, push; again when
    /// someone pushed in between.
    private func exchange(_ branch: String, into report: inout SyncReport) throws(SyncError) {
        let merge = RemoteMerge(repository: repository, directory: directory, branch: branch)
        for attempt in 1...Self.attempts {
            report.attempts = attempt
            try fetch()
            if let remote = try repository.remoteHead(branch), let head = try repository.head(),
               try !repository.isAncestor(remote, of: head) {
                try whileLocked { () throws(SyncError) in
                    // A dashboard may have saved since the first commit.
                    report.committed += try LocalCommit(repository: repository, directory: directory).commit()
                    try merge.merge(remote, into: &report)
                }
            }
            if pullOnly { return }
            if try push(branch, into: &report) { return }
        }
        throw SyncError("сервер всё время получает новые изменения от других, отправить не удалось после \(Self.attempts) попыток; "
                        + "всё сохранено здесь — повторите roadmap sync", kind: .unreachable)
    }

    /// Sends HEAD; false when someone pushed first (fetch and merge again).
    private func push(_ branch: String, into report: inout SyncReport) throws(SyncError) -> Bool {
        guard let head = try repository.head() else { return true }
        let remote = try repository.remoteHead(branch)
        if remote == head { return true }
        let sent = try lines(from: remote, to: head)
        let output = try repository.git.run(["push", "-q", Repository.remote, "HEAD:refs/heads/\(branch)"])
        if output.succeeded {
            report.pushed = true
            report.sent = sent
            return true
        }
        // Why it failed: a server that cannot be reached now, one that moved
        // on (retry), or one that refuses this push whatever happens.
        let fetched = try repository.git.run(["fetch", "-q", Repository.remote])
        guard fetched.succeeded else { throw Self.unreachable(output) }
        if let now = try repository.remoteHead(branch), try !repository.isAncestor(now, of: head) { return false }
        throw SyncError("сервер не принял отправку: git сообщает «\(GitMessage.summary(output.stderr))». "
                        + "Всё сохранено здесь и записано в историю; проверьте права на запись в репозиторий", kind: .failed)
    }

    private func fetch() throws(SyncError) {
        let output = try repository.git.run(["fetch", "-q", Repository.remote])
        guard output.succeeded else { throw Self.unreachable(output) }
    }

    static func unreachable(_ output: Git.Output) -> SyncError {
        SyncError("сервер недоступен: git сообщает «\(GitMessage.summary(output.stderr))». "
                  + "Отметки сохранены здесь и записаны в историю; они уйдут при следующей синхронизации", kind: .unreachable)
    }

    /// The marks of `to` that `from` lacks, for the report; the whole
    /// directory the first time.
    private func lines(from: String?, to: String) throws(SyncError) -> [String] {
        guard let from else { return ["каталог данных целиком: файлов \(try allFiles(to).count)"] }
        let describe = ChangeLines(data: directory.load().data)
        var lines: [String] = []
        for path in try repository.changedPaths([from, to]) where path.hasSuffix(".json") {
            lines += describe.lines(path: path, before: try repository.file(path, at: from), after: try repository.file(path, at: to))
        }
        return lines
    }

    private func allFiles(_ commit: String) throws(SyncError) -> [String] {
        try repository.git.check(["ls-tree", "-r", "--name-only", commit], "прочитать историю").text
            .split(separator: "\n").map(String.init)
    }

    /// A merge a killed sync left open is finished when its result is
    /// clean, else taken back; either way nothing saved since is lost.
    private func finishInterruptedMerge() throws(SyncError) {
        guard repository.isMerging else { return }
        let unmerged = try repository.changedPaths(["--diff-filter=U"])
        if unmerged.isEmpty, directory.load().errors.isEmpty {
            try repository.git.check(["add", "-A", "--"] + LocalCommit.paths, "завершить прерванное объединение")
            try repository.git.check(try repository.identity() + ["commit", "-q", "--no-verify", "--no-edit"],
                                     "завершить прерванное объединение")
        } else {
            try RemoteMerge(repository: repository, directory: directory, branch: "").abort()
        }
    }

    private func whileLocked(_ body: () throws(SyncError) -> Void) throws(SyncError) {
        let lock = try lock(directory, wait: WriteLock.defaultWait, what: "каталог данных")
        defer { lock.release() }
        directory.settleInterruptedSaves(holding: lock)
        try body()
    }

    private func lock(_ directory: DataDirectory, wait: Duration, what: String) throws(SyncError) -> WriteLock {
        do {
            return try directory.lockForWriting(wait: wait)
        } catch {
            throw SyncError("\(what) занят: \(error.message)", kind: error.reason == .busy ? .unreachable : .failed)
        }
    }
}
