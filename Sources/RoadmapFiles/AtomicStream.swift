#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AtomicFile {
    /// Replaces `path` with what `fill` writes into the temporary file's
    /// descriptor as it goes — for documents too large to hold whole — with
    /// the same guarantees as `write(_:to:)`: flushed, renamed over the
    /// target, the directory flushed; on any failure (`fill` returns an
    /// error number) the temporary file is removed and the old file stays.
    @discardableResult
    public static func write(to path: String, durable: Bool = true, _ fill: (Int32) -> Int32?) throws(Failure) -> stat {
        let temporary = temporaryName(for: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(errno) }
        var existing = stat()
        if stat(path, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG {
            _ = fchmod(fd, existing.st_mode & 0o7777)
        }
        var written = stat()
        let failed = fill(fd) ?? (durable && fsync(fd) != 0 ? errno : nil) ?? (fstat(fd, &written) == 0 ? nil : errno)
        let closed: Int32? = close(fd) == 0 ? nil : errno
        if let code = failed ?? closed {
            unlink(temporary)
            throw Failure(code)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw Failure(code)
        }
        if durable { try syncDirectory(folder(of: path)) }
        return written
    }
}
