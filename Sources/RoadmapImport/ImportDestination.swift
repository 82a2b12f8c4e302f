import Foundation

/// Where an import writes: a new or empty directory, or — with `force` —
/// an existing one whose roadmap is replaced. A new directory is first
/// written into a hidden sibling; only when that succeeded is it moved into
/// place, so a failed import never leaves a half-written directory. An
/// existing one is replaced by the store (`DataDirectory.replaceAll`), under
/// its write lock, as one change.
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

    /// With `force`, a directory that already holds files: its roadmap is
    /// replaced in place, not written anew.
    public var replacesExisting: Bool {
        var isDirectory: ObjCBool = false
        return force && FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory)
            && isDirectory.boolValue && !isEmpty
    }

    /// Writes a new directory through `write` (which creates a data
    /// directory at the URL it is given) and puts the result in place.
    public func write(_ write: (URL) throws -> Void) throws(ImportError) {
        try check()
        guard !replacesExisting else {
            throw ImportError(file: target.path, "каталог не пуст: дорожная карта в нём заменяется на месте (roadmap import --force), а не записывается заново")
        }
        let fm = FileManager.default
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).import-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: staging)
            try write(staging)
        } catch {
            try? fm.removeItem(at: staging)
            throw ImportError(file: target.path, "каталог данных не записан: \(error)")
        }
        do {
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
            try fm.moveItem(at: staging, to: target)
        } catch {
            try? fm.removeItem(at: staging)
            throw ImportError(file: target.path, "каталог данных не записан: \(FileFailure.reason(of: error))")
        }
    }

    private var isEmpty: Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? ["?"]).isEmpty
    }
}
