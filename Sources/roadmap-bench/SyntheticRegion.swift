import RoadmapModel

/// A deterministic pseudo-random source (SplitMix64): the same seed gives
/// the same region on every machine, so figures can be compared.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: Range<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) / 10_000 < p }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }
}

/// A realistic regional roadmap for an academic year: Russian titles and
/// responsible people, the deadline forms of the real documents, half the
/// measures carried out by every school, progress partly filled.
struct SyntheticRegion {
    var schools: Int
    var measures: Int
    var seed: UInt64
    /// Marks are made as if the year had run up to this day; the roadmap is
    /// for the academic year containing it. The default keeps the figures
    /// of the README comparable from one run to the next.
    var markedUpTo = SyntheticRegion.standardDay

    static let standardDay = Day(year: 2025, month: 3, day: 1)!

    var period: Period { .academic(containing: markedUpTo) }

    func make() -> RoadmapData {
        var random = SeededRandom(seed: seed)
        let roadmap = Roadmap(
            title: "План мероприятий («дорожная карта») по переводу школ с низкими образовательными результатами в эффективный режим функционирования на \(period) учебный год",
            municipality: "Синтетическая область (пример для замеров)",
            order: ApprovingOrder(number: "1-о", date: period.start.adding(days: -2)),
            period: period,
            sections: Vocabulary.sections.enumerated().map { Section(number: String($0.offset + 1), title: $0.element) },
            notes: "Сгенерировано roadmap-bench (seed \(seed)); все значения — примеры."
        )
        let schoolList = (0..<schools).map { makeSchool($0, &random) }
        let measureList = (0..<measures).map { makeMeasure($0, &random) }
        var data = RoadmapData(roadmap: roadmap, schools: schoolList, measures: measureList)
        fillProgress(&data, &random)
        return data
    }

    private func makeSchool(_ index: Int, _ random: inout SeededRandom) -> School {
        let place = random.pick(Vocabulary.localities)
        let number = index + 1
        var programmes = ["ШНОР"]
        if random.chance(0.3) { programmes.append("500+") }
        if random.chance(0.2) { programmes.append("ШНСУ") }
        return School(
            id: "school-\(number)",
            name: "МБОУ «СОШ № \(number % 90 + 1) \(place)»",
            shortName: "СОШ № \(number % 90 + 1) \(place)",
            locality: place,
            programmes: programmes,
            curator: programmes.contains("500+") ? random.pick(Vocabulary.people) : nil,
            growthPoint: random.chance(0.25) ? GrowthPoint(opened: Day(year: 2023, month: 9, day: 1)) : nil,
            riskFactors: Array(RiskFactor.federalList.shuffled(using: &random).prefix(random.int(1..<4))),
            exampleFields: ["name", "curator"]
        )
    }

    private var deadlines: [String] {
        guard case .academic(let year) = period else { return [] }
        return Vocabulary.deadlines(startYear: year)
    }

    private func makeMeasure(_ index: Int, _ random: inout SeededRandom) -> Measure {
        let section = index % Vocabulary.sections.count + 1
        let number = "\(section).\(index / Vocabulary.sections.count + 1)"
        return Measure(
            id: number, number: number, section: String(section),
            title: random.pick(Vocabulary.titles) + " (" + random.pick(Vocabulary.subjects) + ")",
            deadline: deadlines[index % deadlines.count],
            responsible: [random.pick(Vocabulary.units), random.pick(Vocabulary.people)],
            result: random.pick(Vocabulary.results),
            scope: index % 2 == 0 ? .everySchool : .municipal
        )
    }

    /// Occurrences due by `markedUpTo` are mostly done with a note; some are
    /// in progress; later ones are sometimes started.
    private func fillProgress(_ data: inout RoadmapData, _ random: inout SeededRandom) {
        let schedule = Schedule(data)
        for measure in data.measures {
            for occurrence in schedule.occurrences(of: measure, in: data) {
                let due = occurrence.due ?? period.end
                let start = occurrence.window?.start ?? period.start
                let past = due < markedUpTo
                guard random.chance(past ? 0.9 : 0.45) else { continue }
                let by = random.pick(Vocabulary.people)
                var history = [HistoryEntry(at: start.iso + "T09:30:00+03:00", by: by, status: .inProgress)]
                if past && random.chance(0.85) {
                    let doneOn = Swift.max(start, due.adding(days: -random.int(0..<20)))
                    history.append(HistoryEntry(at: doneOn.iso + "T16:05:00+03:00", by: by, status: .done,
                                                note: random.pick(Vocabulary.notes), doneOn: doneOn))
                }
                for entry in history { data.apply(entry, to: occurrence.key) }
            }
        }
    }
}

extension Array {
    fileprivate func shuffled(using random: inout SeededRandom) -> [Element] {
        var copy = self
        for i in stride(from: copy.count - 1, to: 0, by: -1) { copy.swapAt(i, random.int(0..<(i + 1))) }
        return copy
    }
}
