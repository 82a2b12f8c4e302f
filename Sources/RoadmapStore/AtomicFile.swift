#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file so that a crash or a full disk at any moment leaves
/// either the old file or the new one, never half of each: write a
/// temporary file next to the target, flush it to disk, rename it over the
/// target (atomic within a directory), then flush the directory so the
/// rename itself survives a power cut.
enum AtomicFile {
    /// `relative` is the name shown in messages (`progress/municipal.json`).
    static func write(_ bytes: [UInt8], to path: String, shownAs relative: String) throws(StoreError) {
        let (folder, name) = split(path)
        let temporary = "\(folder)/.\(name).tmp-\(getpid())-\(String(UInt32.random(in: .min ... .max), radix: 16))"
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
            while offset < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
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
