import Foundation
import Testing
@testable import RoadmapDocuments

/// `-o` of `report` and `calendar`: a plain file is replaced whole, but what
/// the path really is decides — a link stays a link, and a device or a pipe
/// is written into, never replaced by a plain file (as root, `-o /dev/null`
/// must not destroy the system's /dev/null).
@Suite("Documents written with -o: files, links, pipes, devices")
final class DocumentFileTests {
    let folder: URL
    let bytes = Data("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8)

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-docfile-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func mode(_ name: String) -> mode_t {
        var info = stat()
        return lstat(path(name), &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @Test func aPlainFileIsReplacedWhole() throws {
        try Data("старое".utf8).write(to: URL(fileURLWithPath: path("справка.ics")))
        try DocumentFile.write(bytes, to: URL(fileURLWithPath: path("справка.ics")))
        #expect(FileManager.default.contents(atPath: path("справка.ics")) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["справка.ics"])
    }

    @Test func aLinkStaysALinkAndWhatItPointsToIsReplaced() throws {
        try Data("старое".utf8).write(to: URL(fileURLWithPath: path("справка.ics")))
        try FileManager.default.createSymbolicLink(atPath: path("ссылка.ics"), withDestinationPath: "справка.ics")
        try DocumentFile.write(bytes, to: URL(fileURLWithPath: path("ссылка.ics")))
        #expect(mode("ссылка.ics") == S_IFLNK)
        #expect(FileManager.default.contents(atPath: path("справка.ics")) == bytes)
    }

    @Test func aLinkToNothingYetCreatesItsTarget() throws {
        try FileManager.default.createSymbolicLink(atPath: path("ссылка.ics"), withDestinationPath: "новая.ics")
        try DocumentFile.write(bytes, to: URL(fileURLWithPath: path("ссылка.ics")))
        #expect(mode("ссылка.ics") == S_IFLNK)
        #expect(FileManager.default.contents(atPath: path("новая.ics")) == bytes)
    }

    @Test func aPipeIsWrittenIntoAndStaysAPipe() throws {
        #expect(mkfifo(path("труба"), 0o644) == 0)
        let received = Received()
        let pipe = path("труба")
        let reader = Thread { received.set(FileHandle(forReadingAtPath: pipe)?.readDataToEndOfFile()) }
        reader.start()
        try DocumentFile.write(bytes, to: URL(fileURLWithPath: path("труба")))
        let deadline = Date().addingTimeInterval(10)
        while received.value == nil, Date() < deadline { usleep(10_000) }
        #expect(received.value == bytes)
        #expect(mode("труба") == S_IFIFO)
    }

    /// A null device of our own (major 1, minor 3; only root may make one),
    /// never the system's.
    @Test(.enabled(if: getuid() == 0))
    func aDeviceIsWrittenIntoAndStaysADevice() throws {
        #expect(mknod(path("null"), S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0)
        try DocumentFile.write(bytes, to: URL(fileURLWithPath: path("null")))
        #expect(mode("null") == S_IFCHR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["null"])
    }

    @Test func aDirectoryIsRefusedInRussian() throws {
        try FileManager.default.createDirectory(atPath: path("папка"), withIntermediateDirectories: false)
        #expect(throws: DocumentFile.WriteError(description: "не удалось записать \(path("папка")): это каталог")) {
            try DocumentFile.write(bytes, to: URL(fileURLWithPath: path("папка")))
        }
    }
}

/// What the reader thread got, handed over under a lock.
final class Received: @unchecked Sendable {
    private var data: Data?
    private let lock = NSLock()
    func set(_ value: Data?) { lock.lock(); data = value ?? Data(); lock.unlock() }
    var value: Data? { lock.lock(); defer { lock.unlock() }; return data }
}
