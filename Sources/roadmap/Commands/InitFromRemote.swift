import Foundation
import RoadmapSync

/// `roadmap init DIR --from URL`.
enum InitFromRemote {
    static func run(url: String, into directory: URL) throws {
        do {
            try Clone.make(from: url, into: directory, program: ProgramPath.current)
        } catch {
            Console.error("Не получено: \(error.message)")
            throw SyncExit.code(for: error.kind)
        }
        Console.out("Получен каталог данных \(directory.path) из общего репозитория; дальше — roadmap sync --data \(ShellWord.quoted(directory.path)).")
    }
}
