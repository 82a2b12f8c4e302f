#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import RoadmapModel
import RoadmapFiles

/// Only one process writes a data directory at a time: each save (and a
/// `mark` from its load to its save) holds an exclusive `flock` on
/// `.roadmap.lock` in the directory, and removes the file when done. The
/// kernel drops the lock when its process dies, however it dies, so a file
/// left by a killed process is taken over at once; the text in it (host,
/// pid, since when, who) only names the holder when someone has to wait
/// too long. After locking, the file must still be the one at the path
/// (same inode): otherwise a releasing process removed it in between, and
/// we lock the new one instead.
///
/// Readers never take it: `--read-only`, `control`, `overdue`, `list`,
/// `validate`, `history` open files for reading only.
public final class WriteLock: @unchecked Sendable {
    public static let fileName = ".roadmap.lock"
    /// How long a writer waits for another one to finish: saves take
    /// milliseconds, so this is only ever reached when something hangs.
    public static let defaultWait: Duration = .seconds(10)

    private var fd: Int32
    /// Nil when the file system cannot lock: the file is then left alone.
    private let path: String?

    private init(fd: Int32, path: String?) {
        self.fd = fd
        self.path = path
    }

    deinit { release() }

    /// Waits up to `wait` for the lock; then refuses naming who holds it.
    static func acquire(rootPath: String, wait: Duration, who: String) throws(StoreError) -> WriteLock {
        let path = rootPath + "/" + fileName
        let deadline = ContinuousClock.now + wait
        while true {
            let (fd, othersFile) = try openFile(path)
            switch try lock(fd, until: deadline) {
            case .locked where isStillAt(path, fd) && othersFile:
                // Left by another login (killed before it removed it): ours
                // goes in its place, so the next waiter reads our name.
                try replace(path, fd)
            case .locked where isStillAt(path, fd):
                writeHolder(fd, who: who)
                return WriteLock(fd: fd, path: path)
            case .locked:
                close(fd)
            case .unsupported:
                return WriteLock(fd: fd, path: nil)
            }
        }
    }

    private enum Locking { case locked, unsupported }

    /// Two people with different logins share one folder: the lock file of
    /// the one saving now is theirs (mode 0666 less their umask), so the
    /// other may only read it — enough to wait on it with `flock`.
    ///
    /// Never through a link, never a pipe or a device: a link planted under
    /// the lock's name in a shared folder would otherwise make the next
    /// writer truncate whatever it points to.
    private static func openFile(_ path: String) throws(StoreError) -> (fd: Int32, othersFile: Bool) {
        let flags = O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC
        var fd = open(path, O_RDWR | O_CREAT | flags, 0o666)
        let code = errno
        var othersFile = false
        if fd < 0, code == EACCES {
            fd = open(path, O_RDONLY | flags)
            othersFile = true
        }
        guard fd >= 0 else {
            throw code == ELOOP ? notAPlainFile("символическая ссылка") : cannotWrite(code)
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw notAPlainFile("не обычный файл (канал, устройство или каталог)")
        }
        return (fd, othersFile)
    }

    private static func notAPlainFile(_ what: String) -> StoreError {
        StoreError("файл блокировки \(fileName) в каталоге данных — \(what); ничего не записано. Удалите его, если не знаете, откуда он взялся")
    }

    private static func cannotWrite(_ code: Int32) -> StoreError {
        StoreError("в каталог данных нельзя записывать: \(SystemReason.text(code)) (файл блокировки \(fileName))")
    }

    /// Removes a file we hold but may not write, then lets go of it.
    private static func replace(_ path: String, _ fd: Int32) throws(StoreError) {
        let removed = unlink(path) == 0
        let code = errno
        _ = flock(fd, LOCK_UN)
        close(fd)
        guard removed else { throw cannotWrite(code) }
    }

    private static func lock(_ fd: Int32, until deadline: ContinuousClock.Instant) throws(StoreError) -> Locking {
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                // A file system without locks (some network shares): the
                // fingerprint check before each save still refuses to write
                // over a change it did not see.
                if code == ENOLCK || code == EOPNOTSUPP || code == EINVAL { return .unsupported }
                close(fd)
                throw StoreError("не удалось заблокировать каталог данных: \(SystemReason.text(code))")
            }
            if ContinuousClock.now >= deadline {
                let holder = describeHolder(fd)
                close(fd)
                throw StoreError("каталог данных занят: сейчас в него записывает \(holder); ничего не записано, повторите позже",
                                 reason: .busy)
            }
            usleep(20_000)
        }
        return .locked
    }

    private static func isStillAt(_ path: String, _ fd: Int32) -> Bool {
        var open = stat(), named = stat()
        guard fstat(fd, &open) == 0, stat(path, &named) == 0 else { return false }
        return open.st_ino == named.st_ino && open.st_dev == named.st_dev
    }

    /// Removes the file while still holding it, then unlocks.
    public func release() {
        guard fd >= 0 else { return }
        if let path { unlink(path) }
        _ = flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    /// `host`, `pid`, `since`, `by` on one line each: readable with `cat`.
    private static func writeHolder(_ fd: Int32, who: String) {
        let text = "host: \(ProcessInfo.processInfo.hostName)\npid: \(getpid())\nsince: \(RoadmapModel.Timestamp.iso8601(Date()))\nby: \(who)\n"
        _ = ftruncate(fd, 0)
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    private static func describeHolder(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 1024)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        let text = String(decoding: buffer.prefix(max(0, n)), as: UTF8.self)
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = Quote.visible(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        guard let host = fields["host"], let pid = fields["pid"] else { return "другой процесс (кто — неизвестно)" }
        var holder = "\(fields["by"].map { "«\($0)», " } ?? "")компьютер \(host), процесс \(pid)"
        if let since = fields["since"] { holder += ", с \(since)" }
        return holder
    }
}
