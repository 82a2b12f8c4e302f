import Foundation

/// Writes a finished document so that a reader never sees half of it: the
/// bytes go to a temporary file next to the target, are flushed, and the
/// file is renamed over the target (atomic within one directory). An
/// existing report is replaced — reports are regenerated, not edited.
public enum DocumentFile {
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ bytes: Data, to url: URL) throws(WriteError) {
        let target = url.standardizedFileURL.path
        let folder = url.standardizedFileURL.deletingLastPathComponent().path
        let name = url.standardizedFileURL.lastPathComponent
        let temporary = "\(folder)/.\(name).tmp-\(getpid())-\(UInt32.random(in: .min ... .max))"
        func failure(_ code: Int32) -> WriteError {
            WriteError(description: "не удалось записать \(target): \(reason(code))")
        }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(errno) }
        var info = stat()
        if stat(target, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { close(fd); unlink(temporary); throw failure(EISDIR) }
            _ = fchmod(fd, info.st_mode & 0o7777)
        }
        let written = bytes.withUnsafeBytes { raw -> Int32? in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return errno }
                offset += n
            }
            return fsync(fd) == 0 ? nil : errno
        }
        let closed: Int32? = close(fd) == 0 ? nil : errno
        if let code = written ?? closed {
            unlink(temporary)
            throw failure(code)
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(code)
        }
    }

    /// The reason in Russian: the C library's own text is English.
    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "нет прав доступа"
        case ENOENT: return "каталог не существует"
        case ENOTDIR: return "часть пути — не каталог"
        case EISDIR: return "это каталог"
        case ENOSPC: return "на диске нет места"
        case EROFS: return "файловая система только для чтения"
        default: return "системная ошибка \(code) (\(String(cString: strerror(code))))"
        }
    }
}
