import Foundation

/// Finds a theme by name or path. `themes/*.json` at the top of the package
/// is the source of truth; an installed binary without it falls back to the
/// compiled-in copies in `BuiltinThemes`.
///
/// Order: a path given as `--theme` (or `ROADMAP_THEME`) → `$ROADMAP_THEMES_DIR`
/// → a `themes/` folder beside a `Package.swift` above the executable (a
/// build tree) → `<prefix>/share/roadmap/themes` (an install) → built-in.
public struct ThemeLocator: Sendable {
    public static let defaultName = "default"
    public static let monochromeName = "monochrome"

    public var environment: [String: String]
    public var executable: URL?
    public var currentDirectory: URL

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                executable: URL? = Bundle.main.executableURL,
                currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.environment = environment
        self.executable = executable
        self.currentDirectory = currentDirectory
    }

    /// The theme the user asked for: the option, else `ROADMAP_THEME`, else `default`.
    public func requested(_ option: String?) -> String {
        for candidate in [option, environment["ROADMAP_THEME"]] {
            if let candidate, !candidate.isEmpty { return candidate }
        }
        return ThemeLocator.defaultName
    }

    public func load(_ request: String) throws(ThemeError) -> Theme {
        if ThemeLocator.isPath(request) {
            let url = resolve(request)
            return try ThemeLocator.read(url, shownAs: request)
        }
        guard ThemeLocator.isName(request) else {
            throw ThemeError(file: request, "имя темы — латинские строчные буквы, цифры и «-», или путь к файлу .json")
        }
        for folder in searchFolders() {
            let url = folder.appendingPathComponent("\(request).json")
            if FileManager.default.fileExists(atPath: url.path) {
                return try ThemeLocator.read(url, shownAs: url.path)
            }
        }
        if let text = BuiltinThemes.json[request] {
            return try ThemeParser.parse(Data(text.utf8), source: "встроенная тема \(request)")
        }
        let known = BuiltinThemes.json.keys.sorted().joined(separator: ", ")
        throw ThemeError(file: request, "тема не найдена; встроенные темы: \(known); можно указать путь к файлу .json")
    }

    /// Folders that may hold `<name>.json`, in the order they are tried.
    public func searchFolders() -> [URL] {
        var folders: [URL] = []
        if let dir = environment["ROADMAP_THEMES_DIR"], !dir.isEmpty {
            folders.append(resolve(dir))
        }
        guard let executable else { return folders }
        let binDir = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        if let package = ThemeLocator.packageRoot(above: binDir) {
            folders.append(package.appendingPathComponent("themes"))
        }
        folders.append(binDir.deletingLastPathComponent().appendingPathComponent("share/roadmap/themes"))
        return folders
    }

    /// A path as the user typed it: absolute, or from the current directory.
    private func resolve(_ path: String) -> URL {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : currentDirectory.appendingPathComponent(path)
        return url.standardizedFileURL
    }

    /// The nearest folder above `start` holding both `Package.swift` and `themes/`.
    static func packageRoot(above start: URL) -> URL? {
        var folder = start.standardizedFileURL
        let files = FileManager.default
        while true {
            if files.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
               files.fileExists(atPath: folder.appendingPathComponent("themes").path) {
                return folder
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    static func isPath(_ request: String) -> Bool {
        request.contains("/") || request.hasSuffix(".json")
    }

    static func isName(_ request: String) -> Bool {
        !request.isEmpty && request.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
    }

    private static func read(_ url: URL, shownAs name: String) throws(ThemeError) -> Theme {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = FileManager.default.fileExists(atPath: url.path) ? "файл не читается" : "файл не найден"
            throw ThemeError(file: name, reason)
        }
        return try ThemeParser.parse(data, source: name)
    }
}
