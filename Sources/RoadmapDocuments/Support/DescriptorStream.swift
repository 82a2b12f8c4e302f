import Foundation

/// Text written to a file descriptor as it is made, through a buffer of
/// about a megabyte, so a document of any size never sits whole in memory.
/// The first failed write is kept and what comes after it is dropped;
/// `finish()` flushes and gives the error number, nil when all went out.
public final class DescriptorStream: TextOutputStream {
    public let fd: Int32
    /// Bytes written so far, the buffered ones included.
    public private(set) var count = 0
    /// A document is millions of small pieces: they are copied into plain
    /// memory, with no array's checks on each.
    private let buffer: UnsafeMutableRawBufferPointer
    private var used = 0
    private var failure: Int32?
    private static let limit = 1 << 20

    public init(fd: Int32) {
        self.fd = fd
        buffer = .allocate(byteCount: Self.limit, alignment: 16)
    }

    deinit { buffer.deallocate() }

    public func write(_ string: String) {
        let written: Void? = string.utf8.withContiguousStorageIfAvailable { write(UnsafeRawBufferPointer($0)) }
        if written == nil {
            var string = string
            string.withUTF8 { write(UnsafeRawBufferPointer($0)) }
        }
    }

    public func write(_ bytes: UnsafeRawBufferPointer) {
        count += bytes.count
        if used + bytes.count > buffer.count {
            flush()
            // A piece as large as the buffer goes out as it is.
            if bytes.count >= buffer.count {
                if failure == nil { failure = Self.writeAll(bytes, fd) }
                return
            }
        }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        (buffer.baseAddress! + used).copyMemory(from: base, byteCount: bytes.count)
        used += bytes.count
    }

    public func write(_ data: Data) {
        data.withUnsafeBytes { write($0) }
    }

    /// Writes out the buffer; the error number of the first failure so far.
    @discardableResult
    public func flush() -> Int32? {
        if failure == nil, used > 0 { failure = Self.writeAll(UnsafeRawBufferPointer(rebasing: buffer[..<used]), fd) }
        used = 0
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
