import Foundation

/// Where an import writes: a new or empty directory, or — with `force` —
/// an existing one replaced whole. The data is first written into a hidden
/// sibling directory; only when that succeeded is it moved into place, so
/// a failed import never leaves a half-written or a lost data directory.
public struct ImportDestination: Sendable {
    public let target: URL
    public let force: Bool

    public init(_ target: URL, force: Bool) {
        self.target = target.standardizedFileURL
        self.force = force
    }

    /// Whether the target holds files, checked before the import starts so
    /// nothing is read in vain.
    public func check() throws(ImportError) {
        let path = target.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw ImportError(file: path, "это файл, а не каталог данных") }
        if !force, !isEmpty {
            throw ImportError(file: path, "каталог не пуст: импорт пишет только в новый или пустой каталог; чтобы заменить его содержимое, добавьте --force")
        }
    }

    /// Writes through `write` (which creates a data directory at the URL
    /// it is given) and puts the result in place. Returns true when an
    /// existing directory was replaced.
    @discardableResult
    public func write(_ write: (URL) throws -> Void) throws(ImportError) -> Bool {
        try check()
        let fm = FileManager.default
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).import-\(ProcessInfo.processInfo.processIdentifier)")
        let old = parent.appendingPathComponent(".\(name).old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: staging)
            try write(staging)
        } catch {
            try? fm.removeItem(at: staging)
            throw ImportError(file: target.path, "каталог данных не записан: \(error)")
        }
        let replacing = fm.fileExists(atPath: target.path) && !isEmpty
        do {
            if fm.fileExists(atPath: target.path) {
                if replacing { try fm.moveItem(at: target, to: old) } else { try fm.removeItem(at: target) }
            }
            try fm.moveItem(at: staging, to: target)
        } catch {
            // Put the old directory back if it was moved away.
            if replacing, !fm.fileExists(atPath: target.path) { try? fm.moveItem(at: old, to: target) }
            try? fm.removeItem(at: staging)
            throw ImportError(file: target.path, "каталог данных не заменён: \(FileFailure.reason(of: error))")
        }
        if replacing { try? fm.removeItem(at: old) }
        return replacing
    }

    private var isEmpty: Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? ["?"]).isEmpty
    }
}
