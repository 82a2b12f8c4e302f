import Foundation
import RoadmapModel

/// A temporary file with no name where a region's notes wait on disk (in
/// the page cache) instead of in the process's memory while a document is
/// made from its entry table.
final class NoteFile: NoteSpill {
    private let descriptor: Int32

    /// Takes over an open descriptor (closed with the file).
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// A file made in `directory` (the temporary one: `TMPDIR` or /tmp) and
    /// unlinked at once, so nothing is left behind even when the program is
    /// killed; made with `O_EXCL`, so it never opens what a link points at.
    /// Nil when it cannot be made there.
    static func make(in directory: String = NSTemporaryDirectory()) -> NoteFile? {
        let folder = directory.hasSuffix("/") ? directory : directory + "/"
        var template = Array((folder + "roadmap-notes-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return NoteFile(descriptor: descriptor)
    }

    func write(_ bytes: [UInt8], at offset: Int) -> Bool {
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = pwrite(descriptor, raw.baseAddress! + done, raw.count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
    }

    /// They were written by this process a moment ago: failing to read them
    /// back is a fault of the system, and a document is never written with
    /// a note cut short.
    func text(at offset: Int, length: Int) -> String {
        String(unsafeUninitializedCapacity: length) { buffer in
            var done = 0
            while done < length {
                let n = pread(descriptor, buffer.baseAddress! + done, length - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else {
                    fatalError("Не удалось прочитать временный файл отметок о выполнении: \(String(cString: strerror(errno))).")
                }
                done += n
            }
            return length
        }
    }
}
