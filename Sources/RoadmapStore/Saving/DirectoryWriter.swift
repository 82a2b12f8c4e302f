#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import RoadmapModel
import RoadmapFiles

/// Writes data files into a directory: only files whose bytes change, each
/// atomically, never outside the directory.
struct DirectoryWriter {
    let rootPath: String

    init(root: URL) {
        rootPath = root.standardizedFileURL.path
    }

    func save(_ data: RoadmapData, files: Set<DataFile>) throws(StoreError) -> [String] {
        try requireDirectory()
        for file in files { try checkName(file) }
        let encoder = FileEncoder(data)
        var changes: [FileTransaction.Change] = []
        for file in files.sorted(by: { $0.relativePath < $1.relativePath }) {
            let bytes = encoder.bytes(for: file)
            if FileReader.readRegular(rootPath + "/" + file.relativePath).bytes == bytes { continue }
            try prepareFolder(for: file)
            changes.append(FileTransaction.Change(relative: file.relativePath, bytes: bytes))
        }
        _ = try FileTransaction(rootPath: rootPath).commit(changes)
        return changes.map(\.relative)
    }

    /// Finishes or undoes a change a killed save left, and removes its
    /// temporary files; call with the lock held.
    func settleInterruptedSaves() {
        Recovery(rootPath: rootPath).settle()
    }

    /// Every data file becomes `data`'s, and the progress files of schools
    /// `data` does not have are removed — one change, all or nothing. Other
    /// files in the directory (notes, a `.git` folder) are left alone.
    func replaceAll(with data: RoadmapData) throws(StoreError) -> [String] {
        let encoder = FileEncoder(data)
        let files: [DataFile] = [.roadmap, .schools, .measures, .progress(school: nil)]
            + encoder.progressSchools.map { .progress(school: $0) }
        for file in files { try checkName(file) }
        try prepareFolder(for: .progress(school: "x"))
        var changes: [FileTransaction.Change] = []
        for file in files {
            let bytes = encoder.bytes(for: file)
            if FileReader.readRegular(rootPath + "/" + file.relativePath).bytes != bytes {
                changes.append(FileTransaction.Change(relative: file.relativePath, bytes: bytes))
            }
        }
        let kept = Set(files.map(\.relativePath))
        for id in SchoolFileListing.list(FileReader(rootPath: rootPath)).schoolIDs {
            let relative = DataFile.progress(school: id).relativePath
            if !kept.contains(relative) { changes.append(FileTransaction.Change(relative: relative, bytes: nil)) }
        }
        _ = try FileTransaction(rootPath: rootPath).commit(changes)
        return changes.map(\.relative)
    }

    func create(_ data: RoadmapData) throws(StoreError) {
        let encoder = FileEncoder(data)
        let files: [DataFile] = [.roadmap, .schools, .measures, .progress(school: nil)]
            + encoder.progressSchools.map { .progress(school: $0) }
        for file in files { try checkName(file) }
        try makeEmptyDirectory()
        try prepareFolder(for: .progress(school: "x"))
        _ = try FileTransaction(rootPath: rootPath)
            .commit(files.map { FileTransaction.Change(relative: $0.relativePath, bytes: encoder.bytes(for: $0)) })
    }

    // MARK: Checks

    func requireDirectory() throws(StoreError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rootPath, isDirectory: &isDirectory) else {
            throw StoreError("каталог данных \(rootPath) не найден")
        }
        guard isDirectory.boolValue else { throw StoreError("\(rootPath) — это файл, а не каталог данных") }
    }

    /// A school id becomes a file name: refuse anything that could leave
    /// the directory before a single byte is written.
    func checkName(_ file: DataFile) throws(StoreError) {
        if case .progress(let id?) = file, !SafeID.isValidSchoolID(id) {
            throw StoreError("файл отметок не записан: \(SafeID.schoolProblem(id))")
        }
    }

    private func makeEmptyDirectory() throws(StoreError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: rootPath, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw StoreError("\(rootPath) — это файл, а не каталог") }
            guard let names = DirectoryNames.list(rootPath) else {
                throw StoreError("не удалось прочитать каталог \(rootPath): \(SystemReason.current)")
            }
            guard names.isEmpty else {
                throw StoreError("каталог \(rootPath) не пуст: новый каталог данных создаётся только в пустом или новом каталоге")
            }
            return
        }
        var path = ""
        for part in rootPath.split(separator: "/") {
            path += "/" + part
            if mkdir(path, 0o755) != 0, errno != EEXIST {
                throw StoreError("не удалось создать каталог \(rootPath): \(SystemReason.current)")
            }
        }
    }

    /// Creates `progress/` and `progress/schools/` when a file needs them,
    /// and refuses folders that are links leading out of the directory.
    func prepareFolder(for file: DataFile) throws(StoreError) {
        guard case .progress(let school) = file else { return }
        try makeFolder("progress")
        if school != nil { try makeFolder("progress/schools") }
    }

    private func makeFolder(_ relative: String) throws(StoreError) {
        let path = rootPath + "/" + relative
        if mkdir(path, 0o755) == 0 {
            let parent = relative.contains("/") ? rootPath + "/progress" : rootPath
            do {
                try AtomicFile.syncDirectory(parent)
            } catch {
                throw FileTransaction.failure(relative, error.code)
            }
            return
        }
        let code = errno
        var info = stat()
        guard code == EEXIST, stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw StoreError("не удалось создать каталог \(relative): \(SystemReason.text(code == EEXIST ? ENOTDIR : code))")
        }
        if let target = FileReader(rootPath: rootPath).escapesDirectory(relative) {
            throw StoreError("каталог \(relative) — ссылка за пределы каталога данных (\(target)); запись отменена")
        }
    }
}
