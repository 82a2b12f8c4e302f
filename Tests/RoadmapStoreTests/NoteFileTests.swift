import Foundation
import Testing
@testable import RoadmapStore

/// The temporary file a document's notes wait in: it has no name from the
/// moment it is made, reads back what was written, and says so when the
/// disk refuses a write.
@Suite("The notes' temporary file")
struct NoteFileTests {
    @Test("made in a folder, it leaves no name there, and reads back what was written where it was written")
    func noNameAndReadBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("notes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try #require(NoteFile.make(in: folder.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
        let first = Array("Проведено совещание с директорами".utf8), second = Array(String(repeating: "ё", count: 300_000).utf8)
        #expect(file.write(first, at: 0))
        #expect(file.write(second, at: first.count))
        #expect(file.text(at: 0, length: first.count) == "Проведено совещание с директорами")
        #expect(file.text(at: first.count, length: second.count) == String(repeating: "ё", count: 300_000))
    }

    @Test("no folder to make it in: none; a full disk (/dev/full): the write is refused")
    func refused() throws {
        #expect(NoteFile.make(in: "/nonexistent-\(UUID().uuidString)") == nil)
        let full = open("/dev/full", O_RDWR | O_CLOEXEC)
        try #require(full >= 0)
        #expect(!NoteFile(descriptor: full).write(Array("отметка".utf8), at: 0))
    }
}
