import ArgumentParser
import Foundation
import RoadmapStore

/// Where the data directory is: `--data`, else `$ROADMAP_DATA`, else
/// `$XDG_DATA_HOME/roadmap` (`~/.local/share/roadmap`), made on first use
/// from the Terek roadmap with its year's marks, so a newcomer sees a year
/// as it went, not a plan with nothing done.
enum DataLocation {
    static let firstUseSample = "terek-2022-progress"

    static func resolve(_ option: String?) throws -> URL {
        try located(option).url
    }

    /// The directory and, when it was made just now, the line that says so
    /// (printed here, and shown by the dashboard on its first screen).
    static func located(_ option: String?) throws -> (url: URL, notice: String?) {
        let environment = ProcessInfo.processInfo.environment
        if let option {
            // An empty `--data ""` (an unset shell variable) must not fall
            // through to the default directory and change it unasked.
            guard !option.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("--data: пустой путь к каталогу данных.")
            }
            return (URL(fileURLWithPath: option), nil)
        }
        if let path = environment["ROADMAP_DATA"], !path.isEmpty { return (URL(fileURLWithPath: path), nil) }
        let base = UserFolders.base("XDG_DATA_HOME", underHome: ".local/share", environment: environment)
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
        let url = base.appendingPathComponent("roadmap")
        guard !FileManager.default.fileExists(atPath: url.path) else { return (url, nil) }
        do {
            try Samples.install(firstUseSample, into: url)
        } catch {
            Console.error("Не удалось создать каталог данных \(url.path): \(error)")
            throw ExitStatus.cannotWrite
        }
        // What was made and from what first: a narrow status line cuts the path.
        let notice = "Создан каталог данных из примера «\(firstUseSample)»: \(url.path)"
        Console.error(notice)
        return (url, notice)
    }

    /// The data directory a reading or changing command works on. One that
    /// is not there is refused before anything else, with the way to make
    /// it: a list of load errors would only say the same less clearly.
    static func existing(_ option: String?) throws -> URL {
        let url = try resolve(option)
        guard FileManager.default.fileExists(atPath: url.path) else {
            let path = Console.visible(url.path)
            Console.error("Каталог данных \(path) не найден. Создайте его: roadmap init \(ShellWord.quoted(path)) — "
                + "или укажите другой в --data.")
            throw ExitStatus.noInput
        }
        return url
    }
}

/// A path shown inside a command to copy: quoted when the shell would
/// split or expand it.
enum ShellWord {
    static func quoted(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "/._-+,:@~".unicodeScalars.contains($0) }
        guard !plain || text.isEmpty else { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
