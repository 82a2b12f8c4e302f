import Foundation
import RoadmapFiles
import RoadmapModel
import RoadmapStore

/// A regional folder: `municipalities.json` and, beside it, one folder per
/// municipality holding the copy of its roadmap the region reads. The region
/// only reads: its copies are pulled, never pushed.
public struct Region: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// The list as written; a file with errors stops everything, each
    /// error named with its line and column.
    public func municipalities() throws(RegionError) -> [Municipality] {
        let loaded = MunicipalitiesFile.read(region: root)
        guard let list = loaded.municipalities else {
            throw RegionError("\(file.path) содержит ошибок: \(loaded.errors.count); исправьте файл и повторите",
                              kind: .data, diagnostics: loaded.diagnostics)
        }
        return list
    }

    /// Where a municipality's copy lives.
    public func folder(of municipality: Municipality) -> URL {
        root.appendingPathComponent(municipality.folder)
    }

    public var file: URL { root.appendingPathComponent(MunicipalitiesFile.name) }

    /// Adds a municipality at the end of the list; its folder is made from
    /// its name («Терский район» → `terskiy-rayon`). The regional folder is
    /// made when it is not there yet.
    @discardableResult
    public func add(name: String, remote: String) throws(RegionError) -> Municipality {
        let name = name.trimmingCharacters(in: .whitespaces), remote = remote.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw RegionError("пустое название муниципалитета", kind: .usage) }
        guard !remote.isEmpty else { throw RegionError("пустой адрес репозитория", kind: .usage) }
        var list = try municipalities()
        if let same = list.first(where: { SearchText.fold($0.name) == SearchText.fold(name) }) {
            throw RegionError("муниципалитет «\(same.name)» уже есть в списке (\(same.remote))", kind: .usage)
        }
        if let same = list.first(where: { $0.remote == remote }) {
            throw RegionError("адрес \(remote) уже записан за муниципалитетом «\(same.name)»", kind: .usage)
        }
        let base = SchoolID.transliterate(name).isEmpty ? "municipality" : SchoolID.transliterate(name)
        let taken = Set(list.map(\.folder))
        let added = Municipality(name: name, remote: remote, folder: SchoolID.make(from: base, taken: taken))
        list.append(added)
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try MunicipalitiesFile.write(list, region: root)
        } catch let failure as AtomicFile.Failure {
            throw RegionError("не удалось записать \(file.path): \(failure.reason)", kind: .failed)
        } catch {
            throw RegionError("не удалось создать региональный каталог \(root.path): \(error.localizedDescription)", kind: .failed)
        }
        return added
    }
}
