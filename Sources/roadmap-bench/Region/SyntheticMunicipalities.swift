import Foundation
import RoadmapModel
import RoadmapRegion
import RoadmapStore
import RoadmapSync

/// A region of synthetic municipalities, each as it would be in real life:
/// its own data directory pushed to its own bare repository, and a regional
/// folder listing them all, fetched once. Sizes vary as real districts do:
/// 3 to 30 schools in the programme, 15 to 40 measures.
struct SyntheticMunicipalities {
    var count: Int
    var seed: UInt64
    var markedUpTo: Day

    static let places = ["Александровский", "Белозерский", "Верхнеуральский", "Горный", "Дальний", "Еловский", "Заречный",
                         "Ивановский", "Каменский", "Лесной", "Михайловский", "Новосёловский", "Октябрьский", "Первомайский",
                         "Речной", "Северный", "Тихий", "Усть-Каменский", "Фёдоровский", "Хвойный"]
    static let kinds = ["муниципальный район", "муниципальный округ", "городской округ"]

    static func name(_ index: Int) -> String {
        let base = "\(places[index % places.count]) \(kinds[(index / places.count) % kinds.count])"
        return index < places.count * kinds.count ? base : "\(base) \(index / (places.count * kinds.count) + 1)"
    }

    /// `DIR/servers/<folder>.git`, `DIR/municipalities/<folder>`, `DIR/region`.
    func write(into root: URL, program: String) throws -> (schools: Int, records: Int) {
        var random = SeededRandom(seed: seed)
        let region = Region(root: root.appendingPathComponent("region"))
        var schools = 0, records = 0
        for index in 0..<count {
            let name = Self.name(index)
            var data = SyntheticRegion(schools: 3 + random.int(0..<28), measures: 15 + random.int(0..<26),
                                       seed: seed &+ UInt64(index), markedUpTo: markedUpTo).make()
            data.roadmap.municipality = name
            schools += data.schools.count
            records += data.progressCount
            let folder = SchoolID.transliterate(name)
            let work = root.appendingPathComponent("municipalities").appendingPathComponent(folder)
            let bare = root.appendingPathComponent("servers").appendingPathComponent(folder + ".git")
            try DataDirectory(work).create(data)
            try Git(directory: root).check(["init", "-q", "--bare", "-b", "main", bare.path], "создать репозиторий")
            _ = try Synchronizer(root: work, program: program).connect(remote: bare.path)
            try region.add(name: name, remote: bare.path)
        }
        let fetched = RegionSync(region: region, program: program).run(try region.municipalities())
        if let failed = fetched.first(where: \.failed) { throw RegionError("\(failed.municipality.name): \(failed.outcome)", kind: .failed) }
        return (schools, records)
    }
}

/// The `roadmap` next to this benchmark: git calls it back as the merge driver.
enum RoadmapProgram {
    static var path: String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("roadmap").path
    }
}
