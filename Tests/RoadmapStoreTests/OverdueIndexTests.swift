import Testing
import RoadmapModel
@testable import RoadmapStore

/// The derived overdue index answers exactly what the data answers, is
/// refused when damaged, and is trusted only while its sources are unchanged.
@Suite("Overdue index")
struct OverdueIndexTests {
    static func day(_ text: String) -> Day { Day.parse(text)! }

    /// Seed 003 (Terek district, 2022) in small: its deadline forms, a
    /// school that left in June, the three kinds of scope, every status.
    static func terek() -> RoadmapData {
        let roadmap = Roadmap(title: "«Дорожная карта» по работе со школами с низкими результатами обучения на 2022 год",
                              municipality: "Терский муниципальный район", period: .calendar(year: 2022),
                              sections: [Section(number: "1", title: "Организационно-управленческие меры")],
                              terms: [SchoolTerm(name: "III четверть", end: day("2022-03-25"))])
        let schools = [
            School(id: "urozhaynoe", name: "МКОУ СОШ с.п. Урожайное", shortName: "Урожайное", programmes: ["ШНОР", "500+"]),
            School(id: "khamidie", name: "МКОУ СОШ с.п. Хамидие", shortName: "Хамидие", programmes: ["ШНОР"]),
            School(id: "terek-3", name: "МКОУ СОШ № 3 г. Терека", shortName: "СОШ № 3 г. Терека",
                   programmes: ["ШНОР"], left: day("2022-06-01")),
        ]
        let measures = [
            Measure(id: "1", number: "1.", section: "1", title: "Анализ «Дорожных карт» ШНОР", deadline: "Февраль",
                    responsible: ["Шидукова Л.П."]),
            Measure(id: "8", number: "8.", section: "1", title: "Реализация программ перехода школ в эффективный режим",
                    deadline: "Апрель-декабрь", responsible: ["Руководители ОО"], scope: .everySchool),
            Measure(id: "12", number: "12.", section: "1", title: "Методическое сопровождение", deadline: "Постоянно",
                    responsible: ["ИМЦ"], scope: .schools(["khamidie", "terek-3"])),
            Measure(id: "18", number: "18.", section: "1", title: "Час контроля с директорами ШНОР", deadline: "Ежемесячно",
                    responsible: ["Шидукова Л.П.", "Руководители ОО"]),
            Measure(id: "19", number: "19.", section: "1", title: "Ёмкий отчёт по итогам каждой четверти",
                    deadline: "по итогам каждой четверти", responsible: ["Ёлкина Т.С."], scope: .everySchool),
            Measure(id: "20", number: "20.", section: "1", title: "Семинары", deadline: "По отдельному плану"),
        ]
        var data = RoadmapData(roadmap: roadmap, schools: schools, measures: measures)
        let marks: [(ProgressKey, Status)] = [
            (ProgressKey(measure: "1"), .done),
            (ProgressKey(measure: "8", school: "urozhaynoe"), .inProgress),
            (ProgressKey(measure: "8", school: "khamidie"), .cancelled),
            (ProgressKey(measure: "12", school: "terek-3"), .notDone),
            (ProgressKey(measure: "18", occurrence: day("2022-01-31")), .done),
            (ProgressKey(measure: "18", occurrence: day("2022-03-31")), .notDone),
            (ProgressKey(measure: "18", occurrence: day("2022-05-31")), .cancelled),
            (ProgressKey(measure: "19", school: "khamidie", occurrence: day("2022-03-25")), .done),
            (ProgressKey(measure: "20"), .inProgress),
        ]
        for (key, status) in marks {
            data.apply(HistoryEntry(at: "2022-03-28T15:02:11+03:00", by: "Шидукова Л.П.", status: status,
                                    note: "Проведён час контроля", doneOn: status == .done ? day("2022-03-28") : nil), to: key)
        }
        // Done on 1 February 2023 after a «выполняется»: as of 10 January
        // it is late and in progress; the index must say so too (`AsOfRule`).
        let continuous = ProgressKey(measure: "12", school: "khamidie")
        data.apply(HistoryEntry(at: "2022-12-01T09:00:00+03:00", by: "Шидукова Л.П.", status: .inProgress), to: continuous)
        data.apply(HistoryEntry(at: "2023-02-01T09:00:00+03:00", by: "Шидукова Л.П.", status: .done,
                                doneOn: day("2023-02-01")), to: continuous)
        return data
    }

    static let builtAt: Int64 = 1_700_000_000_000_000_000

    static func stamps(modifiedBefore seconds: Int64 = 3600) -> [SourceStamp] {
        ["roadmap.json", "schools.json", "measures.json", "progress/municipal.json",
         "progress/schools/khamidie.json", "progress/schools/terek-3.json", "progress/schools/urozhaynoe.json"]
            .enumerated().map { i, path in
                SourceStamp(path: path, size: Int64(1000 + i), modified: builtAt - seconds * 1_000_000_000,
                            changed: builtAt - seconds * 1_000_000_000, inode: UInt64(100 + i))
            }
    }

    static func index() -> OverdueIndex { OverdueIndex(data: terek(), sources: stamps(), builtAt: builtAt) }

    /// What a reader of the overdue list sees, row by row.
    static func rows(_ data: RoadmapData, asOf: String, school: String? = nil, responsible: String? = nil) -> [String] {
        rows(Overdue.items(in: data, schedule: Schedule(data), query: OverdueQuery(asOf: day(asOf), school: school, responsible: responsible)))
    }

    static func rows(_ items: [OverdueItem]) -> [String] {
        items.map {
            "\($0.measure.number) \($0.school?.shortName ?? "—") \($0.due.iso) \($0.daysOverdue) \($0.status.rawValue) \($0.measure.responsible)"
        }
    }

    @Test(arguments: ["2022-03-01", "2022-04-01", "2022-07-15", "2023-01-10"])
    func overdueFromTheIndexIsTheOverdueOfTheData(asOf: String) throws {
        let decoded = try OverdueIndex(decoding: Self.index().encoded())
        let expected = Self.rows(Self.terek(), asOf: asOf)
        #expect(!expected.isEmpty)
        #expect(Self.rows(decoded.data(), asOf: asOf) == expected)
        #expect(Self.rows(decoded.overdueItems(query: OverdueQuery(asOf: Self.day(asOf)))) == expected)
        let continuous = "12. Хамидие 2022-12-31"
        #expect(expected.contains { $0.hasPrefix(continuous) && $0.contains("in-progress") } == (asOf == "2023-01-10"), "\(expected)")
    }

    /// Straight from the index's status table, with the query's narrowing.
    @Test func overdueStraightFromTheIndexNarrowsLikeTheData() throws {
        let decoded = try OverdueIndex(decoding: Self.index().encoded())
        for (school, responsible) in [("khamidie", nil), (nil, "руководители оо"), ("khamidie", "ИМЦ"), ("terek-3", nil), (nil, "елкина")] as [(String?, String?)] {
            let expected = Self.rows(Self.terek(), asOf: "2023-01-10", school: school, responsible: responsible)
            #expect(!expected.isEmpty, "\(school ?? "-") \(responsible ?? "-")")
            let query = OverdueQuery(asOf: Self.day("2023-01-10"), school: school, responsible: responsible)
            #expect(Self.rows(decoded.overdueItems(query: query)) == expected)
        }
    }

    @Test func theIndexKeepsEveryRecordsStatusAndNothingMore() throws {
        let original = Self.terek()
        let projection = try OverdueIndex(decoding: Self.index().encoded()).data()
        #expect(projection.progressCount == original.progressCount)
        for record in original.allRecords {
            #expect(projection.record(record.key)?.status == record.status, "\(record.key)")
            #expect(projection.record(record.key)?.statusSteps == record.statusSteps, "\(record.key)")
            #expect(projection.record(record.key)?.note == nil)
        }
        #expect(projection.roadmap.deadlineContext == original.roadmap.deadlineContext)
        #expect(projection.measures.map(\.scope) == original.measures.map(\.scope))
        #expect(projection.schools.map(\.left) == original.schools.map(\.left))
    }

    @Test func theSameDataGivesTheSameBytes() throws {
        let bytes = Self.index().encoded()
        #expect(bytes == Self.index().encoded())
        #expect(try OverdueIndex(decoding: bytes) == Self.index())
    }

    @Test func aDamagedOrTruncatedOrForeignFileIsRefused() throws {
        let bytes = Self.index().encoded()
        // Any single changed byte after the header is caught by the checksum.
        for position in stride(from: 20, to: bytes.count, by: max(1, bytes.count / 97)) {
            var damaged = bytes
            damaged[position] ^= 0x20
            #expect(throws: IndexError.self) { try OverdueIndex(decoding: damaged) }
        }
        #expect(throws: IndexError.self) { try OverdueIndex(decoding: Array(bytes.dropLast(5))) }
        #expect(throws: IndexError.notAnIndex) { try OverdueIndex(decoding: Array("{\"format\": 1}".utf8)) }
        var other = bytes
        other[8] = UInt8(OverdueIndex.version + 1)
        #expect(throws: IndexError.otherVersion(OverdueIndex.version + 1)) { try OverdueIndex(decoding: other) }
    }

    @Test func unchangedSourcesAreFresh() {
        #expect(Self.index().freshness(current: Self.stamps()) == .fresh)
    }

    @Test func anEditAReplaceAnAddedOrARemovedFileMakesItStale() {
        let index = Self.index()
        var edited = Self.stamps()
        edited[5].size += 1
        #expect(index.freshness(current: edited) == .stale(["progress/schools/terek-3.json"]))
        var replaced = Self.stamps()
        replaced[2].inode = 999
        replaced[2].changed += 1
        #expect(index.freshness(current: replaced) == .stale(["measures.json"]))
        let added = Self.stamps() + [SourceStamp(path: "progress/schools/new.json", size: 10, modified: 0, changed: 0, inode: 1)]
        #expect(index.freshness(current: added) == .stale(["progress/schools/new.json"]))
        #expect(index.freshness(current: Array(Self.stamps().dropLast())) == .stale(["progress/schools/urozhaynoe.json"]))
    }

    /// A file written a moment before the build may change again without
    /// its time moving: only its content can vouch for it.
    @Test func aFileTouchedJustBeforeTheBuildIsCheckedByContent() {
        var stamps = Self.stamps()
        stamps[4].modified = Self.builtAt - 500_000_000
        stamps[4].contentHash = SourceStamp.hash(Array("{\"format\": 1}".utf8))
        let index = OverdueIndex(data: Self.terek(), sources: stamps, builtAt: Self.builtAt)
        let path = "progress/schools/khamidie.json"
        #expect(index.freshness(current: stamps) == .needsContent([path]))
        #expect(index.confirm(contentHashes: [path: stamps[4].contentHash]) == .fresh)
        #expect(index.confirm(contentHashes: [path: SourceStamp.hash(Array("{\"format\": 2}".utf8))]) == .stale([path]))
    }
}
