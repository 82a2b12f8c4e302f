import Foundation
import RoadmapStore

/// `roadmap init DIR --from URL`: a shared roadmap cloned onto another
/// machine, its merge driver registered, its data checked.
public enum Clone {
    public static func make(from url: String, into root: URL, program: String) throws(SyncError) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        if !names.isEmpty {
            throw SyncError("каталог \(root.path) уже существует и не пуст: укажите новый", kind: .usage)
        }
        let here = Git(directory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        try here.check(["clone", "-q", "--no-tags", url, root.path], "получить дорожную карту с сервера", kind: .unreachable)
        let git = Git(directory: root)
        let repository = Repository(git: git)
        if try repository.head() == nil { try checkOutTheOnlyBranch(repository, url: url) }
        try RepositorySetup(git: git, program: program).registerDriver()
        _ = try Validation.check(DataDirectory(root), after: "полученный с сервера ")
        LastSync.write(root)
    }

    /// A server whose HEAD names a branch it does not have (a bare
    /// repository made with another default branch name): its `main`, or
    /// its only branch.
    private static func checkOutTheOnlyBranch(_ repository: Repository, url: String) throws(SyncError) {
        let prefix = "\(Repository.remote)/"
        let branches = try repository.git.check(["for-each-ref", "--format=%(refname:short)", "refs/remotes/\(Repository.remote)"],
                                                "прочитать ветки сервера").text
            .split(separator: "\n").map(String.init).filter { $0 != prefix + "HEAD" }
        guard let chosen = branches.first(where: { $0 == prefix + "main" }) ?? (branches.count == 1 ? branches.first : nil) else {
            throw SyncError("на сервере \(GitMessage.hidingPasswords(url)) пока нет дорожной карты: отправьте её с первого компьютера "
                            + "(roadmap sync --remote URL)", kind: .usage)
        }
        try repository.git.check(["checkout", "-q", "-b", String(chosen.dropFirst(prefix.count)), "--track", chosen],
                                 "взять дорожную карту с сервера")
    }
}
