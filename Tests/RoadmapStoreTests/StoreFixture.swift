import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// A data directory in a temporary folder, written from JSON text in the
/// test, removed when the fixture goes away.
final class StoreFixture {
    let root: URL

    init(files: [String: String] = StoreFixture.goodFiles) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("roadmap-store-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    deinit {
        // Restore permissions a test may have taken away, then remove.
        _ = try? FileManager.default.subpathsOfDirectory(atPath: root.path).forEach {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.appendingPathComponent($0).path)
        }
        try? FileManager.default.removeItem(at: root)
    }

    var directory: DataDirectory { DataDirectory(root) }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let url = url(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    /// Replaces one exact piece of a file's text; the piece must be there once.
    func replace(_ relative: String, _ old: String, with new: String) throws {
        let text = try text(relative)
        let parts = text.components(separatedBy: old)
        try #require(parts.count == 2, "«\(old)» должно встречаться в \(relative) ровно один раз")
        try write(relative, parts.joined(separator: new))
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: url(relative))
    }

    /// Every file's bytes and modification time, to prove loading wrote nothing.
    func snapshot() throws -> [String: FileState] {
        var result: [String: FileState] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: root.path) {
            let full = root.appendingPathComponent(path).path
            let attributes = try FileManager.default.attributesOfItem(atPath: full)
            let isFile = attributes[.type] as? FileAttributeType == .typeRegular
            result[path] = FileState(
                bytes: isFile && FileManager.default.isReadableFile(atPath: full) ? FileManager.default.contents(atPath: full) : nil,
                modified: attributes[.modificationDate] as? Date)
        }
        return result
    }

    struct FileState: Equatable {
        var bytes: Data?
        var modified: Date?
    }

    /// Loads, checking that the directory is byte for byte and date for date
    /// the same afterwards.
    func loadUnchanged(sourceLocation: SourceLocation = #_sourceLocation) throws -> LoadReport {
        let before = try snapshot()
        let report = directory.load()
        let after = try snapshot()
        #expect(before == after, "загрузка изменила файлы каталога", sourceLocation: sourceLocation)
        return report
    }

    /// The errors of a load as `file:line:column: message` lines.
    func errors(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let report = try loadUnchanged(sourceLocation: sourceLocation)
        #expect(report.data == nil, "с ошибками данные не выдаются", sourceLocation: sourceLocation)
        return report.errors.map(\.description)
    }

    func expectErrors(_ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let actual = try errors(sourceLocation: sourceLocation)
        #expect(actual == expected, sourceLocation: sourceLocation)
    }

    /// The warnings of a load that still gives data.
    func warnings(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let report = try loadUnchanged(sourceLocation: sourceLocation)
        #expect(report.errors.isEmpty, "ожидались только предупреждения: \(report.errors)", sourceLocation: sourceLocation)
        #expect(report.data != nil, sourceLocation: sourceLocation)
        return report.warnings.map(\.description)
    }
}
