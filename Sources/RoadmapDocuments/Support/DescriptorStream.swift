import Foundation

/// Text written to a file descriptor as it is made, through a buffer of
/// about a megabyte, so a document of any size never sits whole in memory.
/// The first failed write is kept and what comes after it is dropped;
/// `finish()` flushes and gives the error number, nil when all went out.
public final class DescriptorStream: TextOutputStream {
    public let fd: Int32
    /// Bytes written so far, the buffered ones included.
    public private(set) var count = 0
    private var buffer: [UInt8] = []
    private var failure: Int32?
    private static let limit = 1 << 20

    public init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(Self.limit + 4096)
    }

    public func write(_ string: String) {
        var string = string
        string.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    public func write(_ bytes: UnsafeRawBufferPointer) {
        count += bytes.count
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.limit { flush() }
    }

    public func write(_ data: Data) {
        data.withUnsafeBytes { write($0) }
    }

    /// Writes out the buffer; the error number of the first failure so far.
    @discardableResult
    public func flush() -> Int32? {
        if failure == nil { failure = Self.writeAll(buffer, fd) }
        buffer.removeAll(keepingCapacity: true)
        return failure
    }

    public func finish() -> Int32? { flush() }

    /// Nil when every byte went out, else the error number.
    static func writeAll(_ bytes: some ContiguousBytes, _ fd: Int32) -> Int32? {
        bytes.withUnsafeBytes { raw -> Int32? in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return errno }
                offset += n
            }
            return nil
        }
    }
}
