#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RoadmapModel

/// Replaces a file so that a crash or a full disk at any moment leaves
/// either the old file or the new one, never half of each: write a
/// temporary file next to the target, flush it to disk, rename it over the
/// target (atomic within a directory), then flush the directory so the
/// rename itself survives a power cut.
///
/// The temporary file is `.<name>.tmp-<pid>-<random>`: loading never reads
/// names that start with a dot, and the next save removes any such file a
/// killed process left behind (`removeLeftovers`).
enum AtomicFile {
    static let temporaryMarker = ".tmp-"

    /// `ROADMAP_TEST_SLOW_SAVE=<ms>` pauses halfway through writing the
    /// temporary file, so the crash test's SIGKILL lands inside a save more
    /// often. Unset (always, outside that test) it costs nothing.
    static let slowSaveMilliseconds: UInt32 = {
        guard let text = getenv("ROADMAP_TEST_SLOW_SAVE"), let ms = UInt32(String(cString: text)) else { return 0 }
        return min(ms, 10_000)
    }()

    /// `relative` is the name shown in messages (`progress/municipal.json`).
    /// Returns the fingerprint of the file as written.
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String, shownAs relative: String) throws(StoreError) -> Fingerprint {
        let (folder, name) = split(path)
        let temporary = "\(folder)/.\(name)\(temporaryMarker)\(getpid())-\(String(UInt32.random(in: .min ... .max), radix: 16))"
        func failure(_ code: Int32) -> StoreError {
            StoreError("не удалось записать \(relative): \(SystemReason.text(code))")
        }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(errno) }
        var info = stat()
        if stat(path, &info) == 0 { _ = fchmod(fd, info.st_mode & 0o7777) }
        if let code = writeAll(bytes, to: fd) ?? (fsync(fd) == 0 ? nil : errno) {
            close(fd)
            unlink(temporary)
            throw failure(code)
        }
        var written = stat()
        _ = fstat(fd, &written)
        if close(fd) != 0 {
            let code = errno
            unlink(temporary)
            throw failure(code)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(code)
        }
        try syncDirectory(folder, shownAs: relative)
        return Fingerprint(bytes: bytes, info: written)
    }

    /// Removes temporary files a killed save left in `folder`. Called with
    /// the write lock held, when no other save can be halfway through.
    /// Returns the names removed.
    @discardableResult
    static func removeLeftovers(in folder: String) -> [String] {
        let names = DirectoryNames.list(folder) ?? []
        let leftovers = names.filter { $0.hasPrefix(".") && $0.contains(temporaryMarker) }
        for name in leftovers { unlink(folder + "/" + name) }
        return leftovers
    }

    /// The file's bytes, or nil when it cannot be read (then it is written).
    static func contents(_ path: String) -> [UInt8]? {
        switch FileReader.readRegular(path) {
        case .bytes(let bytes): return bytes
        default: return nil
        }
    }

    /// Flushes a directory's entries (a rename or a new file) to disk.
    static func syncDirectory(_ folder: String, shownAs relative: String) throws(StoreError) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError("не удалось записать \(relative): \(SystemReason.current)") }
        defer { close(fd) }
        // Some file systems cannot sync a directory (EINVAL): the rename is
        // then as durable as they make it.
        if fsync(fd) != 0, errno != EINVAL {
            throw StoreError("не удалось записать \(relative): \(SystemReason.current)")
        }
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        bytes.withUnsafeBytes { raw -> Int32? in
            var offset = 0
            let pauseAt = slowSaveMilliseconds > 0 ? raw.count / 2 : -1
            while offset < raw.count {
                if offset == pauseAt { usleep(slowSaveMilliseconds * 1000) }
                let end = offset < pauseAt ? pauseAt : raw.count
                let n = systemWrite(fd, raw.baseAddress! + offset, end - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
    }

    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
