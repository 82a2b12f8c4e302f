import Foundation
import Testing
import RoadmapModel
import RoadmapStore

@Suite("Store: loading a good directory")
struct StoreLoadTests {
    @Test func decodesEveryFileIntoTheModel() throws {
        let fixture = try StoreFixture()
        let report = try fixture.loadUnchanged()
        #expect(report.errors.isEmpty, "\(report.errors)")
        let data = try #require(report.data)

        #expect(data.roadmap == Roadmap(
            title: "План мероприятий («Дорожная карта») по работе с общеобразовательными организациями с низкими образовательными результатами обучающихся в Терском муниципальном районе на 2022 год",
            municipality: "Терский муниципальный район",
            order: ApprovingOrder(number: "12", date: Day(year: 2022, month: 1, day: 20), issuer: "МКУ «Управление образования»"),
            period: .calendar(year: 2022),
            sections: [Section(number: "1", title: "Общесистемные"),
                       Section(number: "2", title: "Общее образование"),
                       Section(number: "5", title: "Контроль за качеством образования")],
            glossary: [GlossaryEntry(term: "ИМЦ УО", meaning: "информационно-методический центр управления образования")],
            terms: [SchoolTerm(name: "III четверть", end: try #require(Day(year: 2022, month: 3, day: 25)))],
            riskFactors: ["Низкая учебная мотивация обучающихся", "Дефицит педагогических кадров"],
            notes: "Номер и дата приказа — пример"))

        #expect(data.schools == [
            School(id: "urozhaynoe", name: "МКОУ СОШ с.п. Урожайное", shortName: "Урожайное",
                   locality: "с.п. Урожайное", programmes: ["ШНОР", "500+"], curator: "Куратор проекта «500+»",
                   growthPoint: GrowthPoint(opened: Day(year: 2022, month: 9, day: 1), planned: true),
                   riskFactors: ["Низкая учебная мотивация обучающихся"],
                   joined: Day(year: 2022, month: 1, day: 1), exampleFields: ["curator"]),
            School(id: "khamidie", name: "МКОУ СОШ с.п. Хамидие", shortName: "Хамидие"),
        ])

        #expect(data.measures.map(\.id) == ["1", "10", "18"])
        #expect(data.measures[0] == Measure(
            id: "1", number: "1.", section: "1",
            title: "Проведение анализа школьных «Дорожных карт» по подготовке и проведению ГИА-9 и ГИА-11",
            deadline: "Февраль", responsible: ["ИМЦ УО Шидукова Л.П."], scope: .municipal))
        #expect(data.measures[1].scope == .everySchool)
        #expect(data.measures[1].result == "Адресная помощь обучающимся")
        #expect(data.measures[2].scope == .schools(["urozhaynoe"]))
        #expect(data.measures[2].responsible == ["УО", "ИМЦ УО"])
        #expect(data.measures[2].notes == "Директора отчитываются о ходе работы")

        #expect(data.progressCount == 3)
        let municipal = try #require(data.record(ProgressKey(measure: "1")))
        #expect(municipal.history == [
            HistoryEntry(at: "2022-02-01T09:00:00+03:00", by: "Шидукова Л.П.", status: .inProgress),
            HistoryEntry(at: "2022-02-25T16:40:00+03:00", by: "Шидукова Л.П.", status: .done,
                         note: "Анализ проведён, справка направлена в ОО", doneOn: Day(year: 2022, month: 2, day: 25)),
        ])
        let control = try #require(data.record(ProgressKey(measure: "18", school: "urozhaynoe",
                                                             occurrence: Day(year: 2022, month: 3, day: 31))))
        #expect(control.status == .done)
        #expect(control.note == "Проведён час контроля 28.03.2022")
        #expect(control.history.count == 2)
        #expect(data.latestStatus(of: ProgressKey(measure: "10", school: "urozhaynoe")) == .inProgress)
        #expect(data.records(ofSchool: "khamidie").isEmpty)
    }

    @Test func absentOptionalFieldsTakeTheirDefaults() throws {
        let fixture = try StoreFixture()
        try fixture.write("roadmap.json", """
        {
          "format": 1,
          "title": "Дорожная карта",
          "municipality": "Сосновский район",
          "period": "2020-2021",
          "sections": []
        }
        """)
        try fixture.write("measures.json", #"{"format": 1, "measures": []}"#)
        try fixture.write("progress/municipal.json", #"{"format": 1, "records": []}"#)
        try fixture.write("progress/schools/urozhaynoe.json", #"{"format": 1, "school": "urozhaynoe", "records": []}"#)
        let report = try fixture.loadUnchanged()
        let data = try #require(report.data, "\(report.diagnostics)")
        #expect(data.roadmap.period == .academic(startYear: 2020))
        #expect(data.roadmap.riskFactors == RiskFactor.federalList)
        #expect(data.roadmap.order == nil)
        #expect(data.roadmap.terms.isEmpty)
        #expect(report.diagnostics.isEmpty)
    }

    @Test func missingSchoolFileMeansNoRecordsYet() throws {
        let fixture = try StoreFixture()
        try fixture.remove("progress/schools/khamidie.json")
        let report = try fixture.loadUnchanged()
        #expect(report.errors.isEmpty)
        #expect(report.data?.records(ofSchool: "khamidie") == [])
    }

    @Test func hiddenTemporaryFilesAreIgnoredAndStrayFilesWarned() throws {
        let fixture = try StoreFixture()
        try fixture.write("progress/schools/.urozhaynoe.json.tmp-12-ab", "{")
        try fixture.write("progress/schools/заметки.txt", "—")
        #expect(try fixture.warnings().contains(
            "progress/schools/заметки.txt: предупреждение: лишний файл пропущен: в этом каталоге хранятся только файлы <id школы>.json"))
    }
}
