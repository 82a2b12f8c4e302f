import Foundation
import RoadmapModel
import RoadmapFiles

/// Writes a finished document so that a reader never sees half of it: the
/// bytes go to a temporary file next to the target, are flushed, and the
/// file is renamed over the target (atomic within one directory). An
/// existing report is replaced — reports are regenerated, not edited. What
/// is not a plain file (a device, a pipe, a terminal) is written into,
/// never replaced; a symbolic link stays, and what it points to is replaced.
public enum DocumentFile {
    public struct WriteError: Error, Equatable, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    public static func write(_ bytes: Data, to url: URL) throws(WriteError) {
        let path = url.standardizedFileURL.path
        switch Target(path) {
        case .file(let real):
            try replace(real, with: bytes, shownAs: path)
        case .stream:
            try stream(bytes, into: path, shownAs: path)
        case .directory:
            throw WriteError(description: "не удалось записать \(path): \(reason(EISDIR))")
        }
    }

    /// What `-o` names, seen through symbolic links. A regular file (or
    /// none yet) is replaced atomically where it really is, so a link stays
    /// a link. A terminal, a pipe or a device (`/dev/null`, `/dev/stdout`)
    /// is written into: renaming over it would put a plain file in place of
    /// the device.
    enum Target: Equatable {
        case file(String)
        case stream
        case directory

        init(_ path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else {
                var link = stat()
                // A link to nothing yet: create what it points to, through it.
                self = lstat(path, &link) == 0 ? .stream : .file(path)
                return
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                guard let real = realpath(path, nil) else { self = .file(path); return }
                defer { free(real) }
                self = .file(String(cString: real))
            case S_IFDIR:
                self = .directory
            default:
                self = .stream
            }
        }
    }

    /// A document written as it is made: `produce` writes into the stream
    /// (a megabyte is buffered at a time), with the same safe replacement
    /// as `write(_:to:)` — nothing is renamed over the old file unless
    /// every byte went out and `produce` did not fail. The bytes written.
    @discardableResult
    public static func write(to url: URL, _ produce: (DescriptorStream) throws(WriteError) -> Void) throws(WriteError) -> Int {
        let path = url.standardizedFileURL.path
        var produced: WriteError?
        var count = 0
        func fill(_ fd: Int32) -> Int32? {
            let out = DescriptorStream(fd: fd)
            do throws(WriteError) { try produce(out) } catch { produced = error; return EIO }
            count = out.count
            return out.finish()
        }
        switch Target(path) {
        case .file(let real):
            do throws(AtomicFile.Failure) {
                try AtomicFile.write(to: real, fill)
            } catch {
                throw produced ?? WriteError(description: "не удалось записать \(path): \(reason(error.code))")
            }
        case .stream:
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw WriteError(description: "не удалось записать \(path): \(reason(errno))") }
            let failed = fill(fd)
            let closed: Int32? = close(fd) == 0 ? nil : errno
            if let produced { throw produced }
            if let code = failed ?? closed { throw WriteError(description: "не удалось записать \(path): \(reason(code))") }
        case .directory:
            throw WriteError(description: "не удалось записать \(path): \(reason(EISDIR))")
        }
        return count
    }

    private static func stream(_ bytes: Data, into path: String, shownAs shown: String) throws(WriteError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(description: "не удалось записать \(shown): \(reason(errno))") }
        let failed = DescriptorStream.writeAll(bytes, fd)
        let closed: Int32? = close(fd) == 0 ? nil : errno
        if let code = failed ?? closed { throw WriteError(description: "не удалось записать \(shown): \(reason(code))") }
    }

    /// The same safe write as the data files (`AtomicFile`).
    private static func replace(_ target: String, with bytes: Data, shownAs shown: String) throws(WriteError) {
        do {
            try AtomicFile.write([UInt8](bytes), to: target)
        } catch {
            throw WriteError(description: "не удалось записать \(shown): \(reason(error.code))")
        }
    }

    /// The reason in Russian; a missing folder is what ENOENT means when
    /// writing a file.
    public static func reason(_ code: Int32) -> String {
        code == ENOENT ? "каталог не существует" : SystemReason.text(code)
    }
}
