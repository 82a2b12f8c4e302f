#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import RoadmapModel

/// Only one process writes a data directory at a time: each save (and a
/// `mark` from its load to its save) holds an exclusive `flock` on
/// `.roadmap.lock` in the directory. The kernel drops the lock when its
/// process dies, however it dies, so a lock left by a killed process is
/// taken over at once; the text in the file (host, pid, since when, who) is
/// only there to name the holder when someone has to wait too long.
///
/// Readers never take it: `--read-only`, `control`, `overdue`, `list`,
/// `validate`, `history` open files for reading only.
public final class WriteLock: @unchecked Sendable {
    public static let fileName = ".roadmap.lock"
    /// How long a writer waits for another one to finish: saves take
    /// milliseconds, so this is only ever reached when something hangs.
    public static let defaultWait: Duration = .seconds(10)

    private var fd: Int32

    private init(fd: Int32) {
        self.fd = fd
    }

    deinit { release() }

    /// Waits up to `wait` for the lock; then refuses naming who holds it.
    static func acquire(rootPath: String, wait: Duration, who: String) throws(StoreError) -> WriteLock {
        let path = rootPath + "/" + fileName
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw StoreError("не удалось записать: нет доступа к \(fileName) (\(SystemReason.current))")
        }
        let deadline = ContinuousClock.now + wait
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                // A file system without locks (some network shares): the
                // fingerprint check before each save still refuses to write
                // over a change it did not see.
                if code == ENOLCK || code == EOPNOTSUPP || code == EINVAL { return WriteLock(fd: fd) }
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
        writeHolder(fd, who: who)
        return WriteLock(fd: fd)
    }

    public func release() {
        guard fd >= 0 else { return }
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
