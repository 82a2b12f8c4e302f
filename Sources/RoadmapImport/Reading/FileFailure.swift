import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read (or a directory moved), in Russian. Foundation's own
/// texts are English («The file doesn't exist», «NSCocoaErrorDomain error
/// 256»), so the file is looked at with `stat` and `open` first and the
/// system's error code is named in words. The wording follows the store's
/// `SystemReason`, which this module cannot import.
enum FileFailure {
    /// The reason `path` cannot be read as a document, or nil when it can.
    static func reason(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return text(errno) }
        if info.st_mode & S_IFMT == S_IFDIR { return "это каталог, а не файл документа" }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return text(errno) }
        close(fd)
        return nil
    }

    /// The reason inside a Foundation error, when it carries a system code.
    static func reason(of error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return text(Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return text(Int32(underlying.code))
        }
        return "ошибка файловой системы"
    }

    static func text(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "нет такого файла"
        case EACCES, EPERM: return "нет прав доступа"
        case ENOTDIR: return "часть пути — не каталог"
        case EISDIR: return "это каталог, а не файл документа"
        case ENAMETOOLONG: return "слишком длинное имя файла"
        case ELOOP: return "слишком много символических ссылок"
        case EIO: return "ошибка ввода-вывода"
        case EMFILE, ENFILE: return "открыто слишком много файлов"
        case ENOSPC: return "на диске нет места"
        case EROFS: return "файловая система только для чтения"
        case EXDEV: return "файлы на разных файловых системах"
        case EBUSY: return "файл занят"
        default: return "системная ошибка \(code)"
        }
    }
}
