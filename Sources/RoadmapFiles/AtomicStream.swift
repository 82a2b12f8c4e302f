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
        try put(try prepare(replacing: path, durable: durable, fill), durable: durable)
    }
}
