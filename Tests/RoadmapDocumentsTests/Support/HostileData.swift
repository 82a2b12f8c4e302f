import RoadmapDocuments
import RoadmapModel

/// A roadmap whose every text tries to break a format: markup, a formula,
/// table pipes, line breaks, a control character.
enum HostileData {
    static let title = "План <script>alert(\"x\")</script> & «R&D» 'кавычки'"
    static let formula = "=HYPERLINK(\"http://example.invalid\";\"нажми\")"

    static func make() -> RoadmapData {
        let roadmap = Roadmap(title: title, municipality: "Город <b>N</b> & район", period: .calendar(year: 2022),
                              sections: [Section(number: "1", title: "Раздел | с чертой")])
        let school = School(id: "s1", name: "МКОУ «СОШ № 1» <i>", shortName: "СОШ 1")
        let measures = [
            Measure(id: "1", number: "1.", section: "1", title: formula, deadline: "Февраль",
                    responsible: ["+7 900 000-00-00", "@admin"], scope: .municipal),
            Measure(id: "2", number: "2.", section: "1", title: "Анализ | ВПР; итоги, \"выводы\"", deadline: "Март",
                    responsible: ["-минус"], scope: .everySchool),
        ]
        var data = RoadmapData(roadmap: roadmap, schools: [school], measures: measures)
        data.apply(HistoryEntry(at: "2022-03-01T10:00:00+03:00", by: "x", status: .done,
                                note: "Строка 1\r\nСтрока 2 | </td> \u{07}звонок", doneOn: Day(year: 2022, month: 2, day: 20)),
                   to: ProgressKey(measure: "1"))
        return data
    }

    static func report() -> Report {
        let data = make()
        return Report(data: data, schedule: Schedule(data), asOf: Day(year: 2022, month: 6, day: 1)!)
    }
}
