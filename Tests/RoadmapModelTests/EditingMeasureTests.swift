import Testing
@testable import RoadmapModel

@Suite("Editing measures")
struct EditingMeasureTests {
    @Test func addsAfterTheSelectedMeasureWithItsIdFromTheNumber() throws {
        var data = EditingFixture.data()
        let draft = Measure(id: "", number: " 1.3. ", section: "I", title: "  Семинар для директоров ШНОР ",
                            deadline: "до 30.10.2020", responsible: ["ИМЦ", " ", "Руководители ОО"])
        try data.addMeasure(draft, after: "1.2")
        #expect(data.measures.map(\.id) == ["1.1", "1.2", "1.3", "2.1", "2.3"])
        let added = try #require(data.measure("1.3"))
        #expect(added.number == "1.3.")
        #expect(added.title == "Семинар для директоров ШНОР")
        #expect(added.responsible == ["ИМЦ", "Руководители ОО"])
    }

    @Test func refusesDuplicateNumbersEmptyTitlesUnknownSectionsAndSchools() {
        var data = EditingFixture.data()
        let draft = Measure(id: "", number: "2.1", section: "IV", title: "  ", deadline: "",
                            scope: .schools(["khamidie", "nizhniy-kurp"]))
        #expect(throws: EditError.self) { try data.addMeasure(draft) }
        let problems = data.problems(with: Measure.normalizedForTest(draft))
        #expect(problems.map(\.field) == [.number, .section, .title, .deadline, .scopeSchools])
        #expect(problems[0].message == "номер «2.1» уже занят: «Час контроля с директорами»")
        #expect(problems[1].message == "раздела «IV» нет в дорожной карте")
        #expect(problems[2].message == "название не может быть пустым")
        #expect(problems[4].message == "нет такой школы: «nizhniy-kurp»")
        #expect(data == EditingFixture.data(), "a refused edit changes nothing")
    }

    @Test func aMeasureDoesNotClashWithItselfWhenEdited() throws {
        var data = EditingFixture.data()
        var measure = try #require(data.measure("2.1"))
        measure.deadline = "Ежеквартально"
        let change = try data.updateMeasure("2.1", to: measure)
        #expect(change == ProgressChange())
        #expect(data.measure("2.1")?.deadline == "Ежеквартально")
    }

    @Test func aNewNumberTakesTheProgressRecordsAlong() throws {
        var data = EditingFixture.data()
        var measure = try #require(data.measure("1.2"))
        measure.number = "1.5."
        let change = try data.updateMeasure("1.2", to: measure)
        #expect(change.moved == 2)
        #expect(change.partitions == ["urozhaynoe", "khamidie"])
        #expect(data.records(ofMeasure: "1.2").isEmpty)
        #expect(data.record(ProgressKey(measure: "1.5", school: "khamidie"))?.note == "Проведено")
        #expect(data.progressCount == 5)
    }

    @Test func changingTheScopeRemovesRecordsThatNoLongerFit() throws {
        var data = EditingFixture.data()
        var measure = try #require(data.measure("1.2"))
        measure.scope = .schools(["khamidie"])
        let change = try data.updateMeasure("1.2", to: measure)
        #expect(change.removed == 1)
        #expect(change.partitions == ["urozhaynoe"])
        #expect(data.record(ProgressKey(measure: "1.2", school: "urozhaynoe")) == nil)
        #expect(data.record(ProgressKey(measure: "1.2", school: "khamidie")) != nil)
    }

    @Test func deletingAMeasureTakesItsProgressRecordsAndSaysHowMany() {
        var data = EditingFixture.data()
        let change = data.deleteMeasure("1.2")
        #expect(change.removed == 2)
        #expect(change.partitions == ["urozhaynoe", "khamidie"])
        #expect(data.measure("1.2") == nil)
        #expect(data.progressCount == 3)
        #expect(data.deleteMeasure("9.9") == ProgressChange())
    }

    @Test func responsibleIsOnePerLineOrSeparatedBySemicolons() {
        #expect(ResponsibleList.parse("Королюк А.А.; Отдел образования\nИМЦ;;") == ["Королюк А.А.", "Отдел образования", "ИМЦ"])
        #expect(ResponsibleList.parse("Отдел общего образования, ИМЦ") == ["Отдел общего образования, ИМЦ"])
    }
}

extension Measure {
    static func normalizedForTest(_ draft: Measure) -> Measure { RoadmapData.normalized(draft) }
}


/// A roadmap in the shape of the Vladivostok document (Roman sections,
/// «2.1.»-style numbers) with Terek schools and marks already made.
enum EditingFixture {
    static let at = "2021-03-01T10:00:00+10:00"

    static func data() -> RoadmapData {
        let roadmap = Roadmap(title: "План мероприятий («дорожная карта»)", municipality: "город Владивосток",
                              period: .academic(startYear: 2020),
                              sections: [Section(number: "I", title: "Диагностический этап"),
                                         Section(number: "II", title: "Методическое сопровождение")])
        let schools = [
            School(id: "urozhaynoe", name: "МКОУ СОШ с.п. Урожайное", shortName: "Урожайное", programmes: ["ШНОР", "500+"]),
            School(id: "khamidie", name: "МКОУ СОШ с.п. Хамидие", shortName: "Хамидие", programmes: ["ШНОР"]),
        ]
        let measures = [
            Measure(id: "1.1", number: "1.1.", section: "I", title: "Анализ результатов ВПР", deadline: "Октябрь 2020 года"),
            Measure(id: "1.2", number: "1.2.", section: "I", title: "Программы перехода в эффективный режим",
                    deadline: "Ноябрь-декабрь 2020 года", scope: .everySchool),
            Measure(id: "2.1", number: "2.1.", section: "II", title: "Час контроля с директорами", deadline: "Ежемесячно"),
            Measure(id: "2.3", number: "2.3.", section: "II", title: "Курсы повышения квалификации",
                    deadline: "ноябрь 2020 года", scope: .schools(["khamidie"])),
        ]
        let entry = HistoryEntry(at: at, by: "Шидукова Л.П.", status: .done, note: "Проведено")
        let progress = [
            ProgressRecord(key: ProgressKey(measure: "1.1"), history: [entry]),
            ProgressRecord(key: ProgressKey(measure: "1.2", school: "urozhaynoe"), history: [entry]),
            ProgressRecord(key: ProgressKey(measure: "1.2", school: "khamidie"), history: [entry]),
            ProgressRecord(key: ProgressKey(measure: "2.1", occurrence: Day(year: 2020, month: 9, day: 30)), history: [entry]),
            ProgressRecord(key: ProgressKey(measure: "2.3", school: "khamidie"), history: [entry]),
        ]
        return RoadmapData(roadmap: roadmap, schools: schools, measures: measures, progress: progress)
    }
}
