#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a file was when it was read: its size, its modification time and a
/// hash of its bytes. A save compares the file on disk with the fingerprint
/// taken at load, so a hand edit (or `git checkout`) made in between is
/// noticed even when it kept the size and landed in the same second.
///
/// The hash is the standard library's seeded `Hasher`: fingerprints live in
/// one process only and are never written, so a per-process seed is fine and
/// the hashing runs at memory speed even in debug builds.
public struct Fingerprint: Hashable, Sendable {
    public var size: Int
    public var modifiedSeconds: Int
    public var modifiedNanoseconds: Int
    public var hash: Int

    /// Size and time from `stat` of the open file, hash of the bytes read from it.
    init(bytes: [UInt8], info: stat) {
        size = Int(info.st_size)
        (modifiedSeconds, modifiedNanoseconds) = Fingerprint.modified(info)
        hash = Fingerprint.hash(bytes)
    }

    /// Size and time from a stamp, without the bytes (a plan taken from the
    /// cache): while the `stat` agrees the file is the one read; once it
    /// differs, the hash of what is then on disk cannot match 0, except by
    /// a chance of one in 2⁶⁴, so the file counts as changed.
    init(stamp: SourceStamp) {
        size = Int(stamp.size)
        modifiedSeconds = Int(stamp.modified / 1_000_000_000)
        modifiedNanoseconds = Int(stamp.modified % 1_000_000_000)
        hash = 0
    }

    static func hash(_ bytes: [UInt8]) -> Int {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        hasher.combine(bytes.count)
        return hasher.finalize()
    }

    static func modified(_ info: stat) -> (Int, Int) {
        #if canImport(Darwin)
        return (Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec))
        #else
        return (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
        #endif
    }

    /// The cheap part (size and time) matches a `stat` of the path: used by
    /// the dashboard's once-a-second look for outside edits.
    func sameStat(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let (seconds, nanoseconds) = Fingerprint.modified(info)
        return Int(info.st_size) == size && seconds == modifiedSeconds && nanoseconds == modifiedNanoseconds
    }
}
