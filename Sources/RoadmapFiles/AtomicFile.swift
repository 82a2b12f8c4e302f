#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way this program replaces a file: write a temporary file next to
/// the target, flush it, rename it over the target (atomic within a
/// directory), then flush the directory so the rename survives a power cut.
/// A crash or a full disk at any moment leaves the old file or the new one,
/// never half of each. The data files, the documents and the overdue index
/// are all written through here; a change to several data files at once
/// builds on `prepare` (see the store's `FileTransaction`).
///
/// The temporary file is `.<name>.tmp-<pid>-<random>`, created with
/// `O_EXCL | O_NOFOLLOW`: a link or a pipe planted under that name makes the
/// write fail instead of writing through it.
public enum AtomicFile {
    public static let temporaryMarker = ".tmp-"

    /// A failed system call: the error number, named in Russian by `reason`.
    public struct Failure: Error, Hashable, Sendable {
        public var code: Int32
        public init(_ code: Int32) { self.code = code }
        public var reason: String { SystemReason.text(code) }
    }

    /// A temporary file written and flushed, waiting to be renamed over `target`.
    public struct Prepared: Sendable {
        public let target: String
        public let temporary: String
        /// `fstat` of the temporary file: the target's after the rename.
        public let info: stat
    }

    /// `ROADMAP_TEST_SLOW_SAVE=<ms>` pauses halfway through writing each
    /// temporary file, so a crash test's SIGKILL lands inside a save more
    /// often. Unset (always, outside that test) it costs nothing.
    static let slowSaveMilliseconds: UInt32 = {
        guard let text = getenv("ROADMAP_TEST_SLOW_SAVE"), let ms = UInt32(String(cString: text)) else { return 0 }
        return min(ms, 10_000)
    }()

    /// Replaces `path` with `bytes`. `durable: false` skips the flushes, for
    /// files that are rebuilt when damaged (the overdue index).
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String, durable: Bool = true) throws(Failure) -> stat {
        try put(try prepare(bytes, replacing: path, durable: durable), durable: durable)
    }

    /// Renames a prepared file over its target and flushes the folder; on
    /// failure the temporary file goes and the old file stays.
    static func put(_ prepared: Prepared, durable: Bool) throws(Failure) -> stat {
        guard rename(prepared.temporary, prepared.target) == 0 else {
            let code = errno
            unlink(prepared.temporary)
            throw Failure(code)
        }
        if durable { try syncDirectory(folder(of: prepared.target)) }
        return prepared.info
    }

    /// Writes `bytes` into a new temporary file beside `target` (with the
    /// target's permissions when it exists) and flushes it; nothing is
    /// renamed yet. On failure nothing is left behind.
    public static func prepare(_ bytes: [UInt8], replacing target: String, durable: Bool = true,
                               marker: String = temporaryMarker) throws(Failure) -> Prepared {
        try prepare(replacing: target, durable: durable, marker: marker) { writeAll(bytes, to: $0) }
    }

    /// A new temporary file beside `target` (with the target's permissions
    /// when it exists) filled by `fill` through its descriptor (nil, or the
    /// error number) and flushed; nothing is renamed yet. On failure
    /// nothing is left behind.
    static func prepare(replacing target: String, durable: Bool, marker: String = temporaryMarker,
                        _ fill: (Int32) -> Int32?) throws(Failure) -> Prepared {
        let temporary = temporaryName(for: target, marker: marker)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(errno) }
        var existing = stat()
        if stat(target, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG {
            _ = fchmod(fd, existing.st_mode & 0o7777)
        }
        var written = stat()
        let failed = fill(fd) ?? (durable && fsync(fd) != 0 ? errno : nil)
            ?? (fstat(fd, &written) == 0 ? nil : errno)
        let closed: Int32? = close(fd) == 0 ? nil : errno
        if let code = failed ?? closed {
            unlink(temporary)
            throw Failure(code)
        }
        return Prepared(target: target, temporary: temporary, info: written)
    }

    /// `.<name><marker><pid>-<random>` in the target's folder.
    public static func temporaryName(for target: String, marker: String = temporaryMarker) -> String {
        let (folder, name) = split(target)
        return "\(folder)/.\(name)\(marker)\(getpid())-\(String(UInt32.random(in: .min ... .max), radix: 16))"
    }

    /// Flushes a directory's entries (a rename or a new file) to disk.
    public static func syncDirectory(_ folder: String) throws(Failure) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(errno) }
        defer { close(fd) }
        // Some file systems cannot sync a directory (EINVAL): the rename is
        // then as durable as they make it.
        if fsync(fd) != 0, errno != EINVAL { throw Failure(errno) }
    }

    public static func folder(of path: String) -> String { split(path).folder }

    public static func name(of path: String) -> String { split(path).name }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        bytes.withUnsafeBytes { raw -> Int32? in
            guard let base = raw.baseAddress else { return nil }
            var offset = 0
            let pauseAt = slowSaveMilliseconds > 0 ? raw.count / 2 : -1
            while offset < raw.count {
                if offset == pauseAt { usleep(slowSaveMilliseconds * 1000) }
                let end = offset < pauseAt ? pauseAt : raw.count
                let n = systemWrite(fd, base + offset, end - offset)
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
