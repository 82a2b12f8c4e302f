#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system's reason for a failed file operation, in Russian: the C
/// library's own text is English (the machines run the `C` locale). One
/// table for the store, the documents and the import, which add only the
/// words their context needs.
public enum SystemReason {
    public static func text(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "нет прав доступа"
        case ENOENT: return "нет такого файла или каталога"
        case ENOTDIR: return "часть пути — не каталог"
        case EISDIR: return "это каталог"
        case ENOSPC: return "на диске нет места"
        case EDQUOT: return "превышена дисковая квота"
        case EROFS: return "файловая система только для чтения"
        case EEXIST: return "файл уже существует"
        case ENAMETOOLONG: return "слишком длинное имя файла"
        case EMFILE, ENFILE: return "открыто слишком много файлов"
        case EIO: return "ошибка ввода-вывода"
        case ELOOP: return "слишком много символических ссылок"
        case EXDEV: return "файлы на разных файловых системах"
        case EBUSY: return "файл занят"
        default:
            let english = String(cString: strerror(code))
            return "системная ошибка \(code) (\(english))"
        }
    }

    public static var current: String { text(errno) }
}
