import Foundation
import RoadmapModel
import RoadmapFiles
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read (or a directory moved), in Russian. Foundation's own
/// texts are English («The file doesn't exist», «NSCocoaErrorDomain error
/// 256»), so the file is looked at with `stat` and `open` first and the
/// system's error code is named in words (`SystemReason`).
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

    /// The size of the file at `path` in bytes, as `stat` sees it.
    static func size(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
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

    /// The store's wording, with the two a reader of documents says otherwise.
    static func text(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "нет такого файла"
        case EISDIR: return "это каталог, а не файл документа"
        default: return SystemReason.text(code)
        }
    }
}
