import RoadmapModel

/// The bytes each data file should hold for a given `RoadmapData`.
struct FileEncoder {
    let data: RoadmapData

    init(_ data: RoadmapData) {
        self.data = data
    }

    func bytes(for file: DataFile) -> [UInt8] {
        JSONWriter.bytes(json(for: file))
    }

    func json(for file: DataFile) -> JSON {
        switch file {
        case .roadmap: return DataEncoder.roadmap(data.roadmap)
        case .schools: return DataEncoder.schools(data.schools)
        case .measures: return DataEncoder.measures(data.measures)
        case .progress(let school):
            return DataEncoder.progress(school: school, records: data.progressBySchool[school].map { Array($0.values) } ?? [])
        }
    }

    /// Every school that has a progress file: those in the programme and any
    /// others that still have records (so nothing is lost).
    var progressSchools: [String] {
        var ids = data.schools.map(\.id)
        let known = Set(ids)
        ids += data.progressBySchool.keys.compactMap { $0 }.filter { !known.contains($0) }.sorted()
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
