#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RoadmapModel
import RoadmapFiles

/// Reads the data directory's files with plain system calls: each problem
/// (missing, a directory, too big, unreadable, a link out of the directory)
/// gets its own message, and nothing is ever written while loading.
struct FileReader {
    /// No data file comes anywhere near this; a bigger one is a mistake (a
    /// wrong directory, a log file) and is refused before it is read.
    static let sizeLimit = 64 * 1024 * 1024

    enum Outcome {
        case bytes([UInt8])
        case missing
        case problem(String)

        var bytes: [UInt8]? {
            if case .bytes(let bytes) = self { return bytes }
            return nil
        }
    }

    let rootPath: String
    /// The root with every link resolved: a file must resolve inside it.
    let resolvedRoot: String
    /// Files of a change a crash interrupted after it counted as made
    /// (see `Journal`): relative path → its new version, still under the
    /// temporary name. Read in place of the target, so a load sees the
    /// change whole and writes nothing.
    let newVersions: [String: String]
    /// Files that change removes: read as missing.
    let removed: Set<String>

    init(rootPath: String) {
        self.rootPath = rootPath
        self.resolvedRoot = FileReader.resolve(rootPath) ?? rootPath
        var newVersions: [String: String] = [:]
        var removed: Set<String> = []
        for entry in Journal.read(in: rootPath)?.entries ?? [] {
            guard let name = entry.temporary else {
                removed.insert(entry.relative)
                continue
            }
            let temporary = AtomicFile.folder(of: rootPath + "/" + entry.relative) + "/" + name
            if FileReader.exists(temporary) { newVersions[entry.relative] = temporary }
        }
        self.newVersions = newVersions
        self.removed = removed
    }

    static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    func path(_ relative: String) -> String { rootPath + "/" + relative }

    /// Whether `relative` (after following links) stays inside the directory.
    func escapesDirectory(_ relative: String) -> String? {
        guard let target = FileReader.resolve(path(relative)) else { return nil }
        return target == resolvedRoot || target.hasPrefix(resolvedRoot + "/") ? nil : target
    }

    func read(_ relative: String, checkLinks: Bool = true) -> Outcome {
        readFingerprinted(relative, checkLinks: checkLinks).outcome
    }

    /// Reads a file and fingerprints exactly the bytes read (see `Fingerprint`).
    func readFingerprinted(_ relative: String, checkLinks: Bool = true) -> (outcome: Outcome, fingerprint: Fingerprint?) {
        if let newVersion = newVersions[relative] { return FileReader.readRegularFingerprinted(newVersion) }
        if removed.contains(relative) { return (.missing, nil) }
        let full = path(relative)
        var info = stat()
        guard lstat(full, &info) == 0 else {
            return (errno == ENOENT ? .missing : .problem("не удалось прочитать файл: \(SystemReason.current)"), nil)
        }
        if checkLinks, info.st_mode & S_IFMT == S_IFLNK, let target = escapesDirectory(relative) {
            return (.problem("символическая ссылка ведёт за пределы каталога данных (\(target)); такой файл не читается"), nil)
        }
        guard stat(full, &info) == 0 else {
            return (errno == ENOENT ? .problem("символическая ссылка никуда не ведёт") : .problem("не удалось прочитать файл: \(SystemReason.current)"), nil)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return (.problem("это каталог, а не файл"), nil)
        default: return (.problem("это не обычный файл"), nil)
        }
        if let tooBig = FileReader.sizeProblem(Int(info.st_size)) { return (.problem(tooBig), nil) }
        return FileReader.readRegularFingerprinted(full)
    }

    static func exists(_ full: String) -> Bool {
        var info = stat()
        return lstat(full, &info) == 0
    }

    private static func sizeProblem(_ size: Int) -> String? {
        if size == 0 { return "файл пуст" }
        guard size > FileReader.sizeLimit else { return nil }
        let mebibytes = Double(size) / 1_048_576
        let shown = String(Int(mebibytes * 10) / 10) + "," + String(Int(mebibytes * 10) % 10)
        return "файл слишком велик: \(shown) МиБ (\(size) байт), предел — 64 МиБ; файл не читался"
    }

    /// Reads a file by its full path with the size limits but without the
    /// link checks: also used to compare a file with what would be written.
    static func readRegular(_ full: String) -> Outcome {
        readRegularFingerprinted(full).outcome
    }

    /// `readRegular`, with the fingerprint of the bytes read and of the
    /// open file's `fstat` (so both describe the same version of the file).
    static func readRegularFingerprinted(_ full: String) -> (outcome: Outcome, fingerprint: Fingerprint?) {
        // O_NONBLOCK: a pipe or a device put where a data file belongs must
        // not hang the open; it is refused below, before any read.
        let fd = open(full, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            return (errno == ENOENT ? .missing : .problem("не удалось прочитать файл: \(SystemReason.current)"), nil)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return (.problem("не удалось прочитать файл: \(SystemReason.current)"), nil) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return (.problem(info.st_mode & S_IFMT == S_IFDIR ? "это каталог, а не файл" : "это не обычный файл"), nil)
        }
        // Checked again on the open file: it may have changed since `stat`.
        if let tooBig = sizeProblem(Int(info.st_size)) { return (.problem(tooBig), nil) }
        let size = Int(info.st_size)
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let n = systemRead(fd, buffer.baseAddress! + count, size - count)
                if n < 0, errno == EINTR { continue }
                if n < 0 { failure = errno; return }
                if n == 0 { return }
                count += n
            }
        }
        if failure != 0 { return (.problem("не удалось прочитать файл: \(SystemReason.text(failure))"), nil) }
        return (.bytes(bytes), Fingerprint(bytes: bytes, info: info))
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
