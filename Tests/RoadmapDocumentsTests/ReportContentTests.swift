import RoadmapDocuments
import RoadmapModel
import Testing

@Suite("The report's content on the bundled samples")
struct ReportContentTests {
    /// Seed 001 on 01.03.2021 with a few marks as a coordinator makes them.
    static func vladivostok() throws -> Report {
        var data = try SampleData.load("vladivostok-2020")
        SampleData.mark(&data, "2.4", .done, note: "Курсы прошли 12 учителей русского языка", doneOn: "25.11.2020")
        SampleData.mark(&data, "2.1", .done, doneOn: "15.11.2020")
        SampleData.mark(&data, "1.1", .notDone)
        SampleData.mark(&data, "3.1", .inProgress)
        SampleData.mark(&data, "2.6", .cancelled, note: "Курсы перенесены на следующий год")
        return Report(data: data, schedule: Schedule(data), asOf: SampleData.day("01.03.2021"))
    }

    static func row(_ report: Report, _ number: String) throws -> ReportMeasure {
        try #require(report.sections.flatMap(\.measures).first { $0.measure.id == number })
    }

    @Test func theTitleBlockFollowsTheSeedReport() throws {
        // During the period: «о ходе реализации … по состоянию на» the date.
        let report = try Self.vladivostok()
        #expect(report.heading.hasPrefix("Информационная справка о ходе реализации плана мероприятий («дорожная карта») по переводу"))
        #expect(report.heading.hasSuffix("на 2020-2021 учебный год по состоянию на 01.03.2021"))
        // The order as the documents cite it: the issuer in the genitive, the date before the number.
        #expect(report.preamble == [
            "город Владивосток, 2020-2021 учебный год",
            "Дорожная карта утверждена приказом Управления по работе с муниципальными учреждениями образования администрации города Владивостока от 27.10.2020 № 378-а",
        ])
        // From the period's last day on: «об итогах реализации».
        let data = try SampleData.load("vladivostok-2020")
        let final = Report(data: data, schedule: Schedule(data), asOf: SampleData.day("31.08.2021"))
        #expect(final.heading.hasPrefix("Информационная справка об итогах реализации плана мероприятий («дорожная карта») по переводу"))
        #expect(final.heading.hasSuffix("на 2020-2021 учебный год"))
        #expect(final.preamble.last == "по состоянию на 31.08.2021")
        #expect(report.issuer?.hasPrefix("Управление по работе с муниципальными учреждениями образования") == true)
    }

    @Test func headingsPutTheRoadmapTitleInTheGenitive() {
        #expect(ReportHeading.heading(for: "Дорожная карта по сопровождению школ на 2023 год")
                == "Информационная справка об итогах реализации дорожной карты по сопровождению школ на 2023 год")
        #expect(ReportHeading.heading(for: "Муниципальная «дорожная карта» по организации поддержки")
                == "Информационная справка об итогах реализации муниципальной «дорожной карты» по организации поддержки")
        #expect(ReportHeading.heading(for: "Планирование работы")
                == "Информационная справка об итогах реализации документа «Планирование работы»")
    }

    @Test func sectionsComeInTheRoadmapsOrderWithEveryMeasure() throws {
        let report = try Self.vladivostok()
        #expect(report.sections.map(\.caption) == [
            "I. Диагностический этап", "II. Развитие кадрового потенциала",
            "III. Меры по повышению качества преподавания учебных предметов",
            "IV. Меры по повышению объективности оценивания образовательных результатов обучающихся",
        ])
        #expect(report.sections.map { $0.measures.count } == [3, 12, 7, 6])
        let table = report.measuresTable
        let sectionRows = table.rows.filter { $0.kind == .section }.map { $0.cells[0] }
        #expect(sectionRows == report.sections.map(\.caption))
        #expect(table.columns.map(\.title) == ["№ п/п", "Мероприятие", "Срок", "Ответственные", "Отметка о выполнении"])
    }

    /// The state and its day first, in the documents' words, then the note
    /// as written: a note never hides that a measure is late.
    @Test func marksSayTheStateAndDayThenTheNote() throws {
        let report = try Self.vladivostok()
        #expect(try Self.row(report, "2.4").mark == "Выполнено 25.11.2020. Курсы прошли 12 учителей русского языка")
        // Done after its deadline: both days are named.
        #expect(try Self.row(report, "2.1").mark == "Выполнено 15.11.2020 (срок 30.10.2020).")
        #expect(try Self.row(report, "1.1").mark == "Не выполнено (срок 31.12.2020).")
        // Marked but still open after the window ended: late, as the totals count them.
        #expect(try Self.row(report, "3.1").mark == "Выполняется, срок истёк 31.10.2020.")
        #expect(try Self.row(report, "2.6").mark == "Отменено. Курсы перенесены на следующий год")
        // 02.11.2020-03.11.2020 passed without a mark.
        #expect(try Self.row(report, "2.2").mark == "Не выполнено (срок 03.11.2020).")
        // The school year's «в течение» runs on; Август 2021 года is still ahead.
        #expect(try Self.row(report, "2.10").mark == "Срок до 31.08.2021, отметки нет.")
        #expect(try Self.row(report, "4.1").mark == "Срок не наступил (с 01.08.2021).")
    }

    @Test func aMeasureWithSeveralDeadlinesListsEachUnderIt() throws {
        let report = try Self.vladivostok()
        let quarterly = try Self.row(report, "4.6")
        #expect(quarterly.hasSubRows)
        #expect(quarterly.entries.map(\.window?.end.russian) == ["30.09.2020", "31.12.2020", "31.03.2021", "30.06.2021", "31.08.2021"])
        #expect(quarterly.entries.map(\.mark) == ["Не выполнено (срок 30.09.2020).", "Не выполнено (срок 31.12.2020).",
                                                  "Срок до 31.03.2021, отметки нет.", "Срок не наступил (с 01.04.2021).",
                                                  "Срок не наступил (с 01.07.2021)."])
        #expect(quarterly.mark == "из 5: просрочено 2, запланировано 3")
        let rows = report.measuresTable.rows
        let start = try #require(rows.firstIndex { $0.cells[0] == "4.6" })
        // Named as people name quarters, the period's first and last ones too.
        #expect(rows[start + 1] == .init(.detail, ["", "- III квартал 2020 г.", "до 30.09.2020", "", "Не выполнено (срок 30.09.2020)."]))
        #expect(rows[start + 2].cells[1] == "- IV квартал 2020 г.")
        #expect(rows[start + 5].cells[1] == "- III квартал 2021 г.")
    }

    @Test func theSummaryCountsEveryDeadlineAndMatchesTheOverdueList() throws {
        let report = try Self.vladivostok()
        let summary = report.summary
        #expect(summary.overall.total == report.sections.flatMap(\.measures).map(\.entries.count).reduce(0, +))
        #expect(summary.overall.done == 2)
        // 1.1 (не выполнено) and 3.1 (выполняется) are past their windows:
        // they count as late, not in their own columns, so the columns add up.
        #expect(summary.overall.notDone == 0)
        #expect(summary.overall.inProgress == 0)
        #expect(summary.overall.cancelled == 1)
        let o = summary.overall
        #expect(o.done + o.inProgress + o.notDone + o.cancelled + o.planned + o.overdue == o.total)
        // 16 windows ended before 01.03.2021; 2.1 and 2.4 were done.
        #expect(summary.overall.overdue == 14)
        #expect(summary.overdue.count == 14)
        #expect(summary.overdue.first?.measure.id == "4.6")
        #expect(summary.overdue.first?.daysOverdue == 152)
        #expect(summary.bySection.map(\.counts.total).reduce(0, +) == summary.overall.total)
        #expect(summary.bySection[1].counts.done == 2)
        #expect(summary.bySchool.isEmpty)
    }

    @Test func onlyMarksDatedWithinTheWindowCountAsOnTime() throws {
        let report = try Self.vladivostok()
        // 16 deadlines passed; 2.4 was done on 25.11.2020 inside November,
        // 2.1 on 15.11.2020 after its 30.10.2020.
        #expect(report.summary.onTime.onTime == 1)
        #expect(report.summary.onTime.due == 16)
        #expect(report.summary.onTime.percent == 6)
        #expect(ReportWording.share(report.summary.onTime, asOf: report.asOf) == "1 из 16 (6 %)")
    }

    /// Seed 003: measures carried out by every school get a sub-row per school.
    @Test func perSchoolMeasuresGetASubRowPerSchool() throws {
        var data = try SampleData.load("terek-2022")
        SampleData.mark(&data, "5", school: "urozhaynoe", .done, note: "План проанализирован, справка от 20.04.2022", doneOn: "20.04.2022")
        SampleData.mark(&data, "5", school: "khamidie", .notDone)
        let report = Report(data: data, schedule: Schedule(data), asOf: SampleData.day("01.06.2022"))
        let measure = try Self.row(report, "5")
        #expect(measure.entries.count == 7)
        #expect(measure.mark == "из 7: выполнено 1, просрочено 6")
        let rows = report.measuresTable.rows
        let start = try #require(rows.firstIndex { $0.cells[0] == "5." })
        #expect(rows[start + 1] == .init(.detail, ["", "- МКОУ СОШ с.п. Урожайное", "", "",
                                                    "Выполнено 20.04.2022. План проанализирован, справка от 20.04.2022"]))
        #expect(rows[start + 2] == .init(.detail, ["", "- МКОУ СОШ с.п. Хамидие", "", "", "Не выполнено (срок 30.04.2022)."]))
        #expect(rows[start + 3].cells[4] == "Не выполнено (срок 30.04.2022).")

        let urozhaynoe = try #require(report.summary.bySchool.first { $0.label == "МКОУ СОШ с.п. Урожайное" })
        let khamidie = try #require(report.summary.bySchool.first { $0.label == "МКОУ СОШ с.п. Хамидие" })
        #expect(report.summary.bySchool.count == 7)
        #expect(urozhaynoe.counts.done == 1)
        // Its «не выполнено» after 30.04 is late, so it is in `overdue`.
        #expect(khamidie.counts.notDone == 0)
        #expect(urozhaynoe.counts.total == 10)
        #expect(urozhaynoe.counts.overdue == khamidie.counts.overdue - 1)
    }

    @Test func theMonthlyControlHourListsTwelveMonths() throws {
        var data = try SampleData.load("terek-2022")
        SampleData.mark(&data, "18", occurrence: "31.03.2022", .done, note: "Проведён час контроля 28.03.2022", doneOn: "28.03.2022")
        let report = Report(data: data, schedule: Schedule(data), asOf: SampleData.day("01.06.2022"))
        let measure = try Self.row(report, "18")
        #expect(measure.entries.map(\.label).prefix(3) == ["январь 2022 г.", "февраль 2022 г.", "март 2022 г."])
        #expect(measure.entries.count == 12)
        #expect(measure.entries[2].mark == "Выполнено 28.03.2022. Проведён час контроля 28.03.2022")
        #expect(measure.entries[4].mark == "Не выполнено (срок 31.05.2022).")
        #expect(measure.entries[5].mark == "Срок до 30.06.2022, отметки нет.")
        #expect(measure.entries[6].mark == "Срок не наступил (с 01.07.2022).")
    }

    @Test func aSchoolsReportHoldsOnlyWhatTheSchoolDoes() throws {
        var data = try SampleData.load("terek-2022")
        SampleData.mark(&data, "6", school: "urozhaynoe", .inProgress, note: "Диагностика проведена в 9 классе")
        let report = Report(data: data, schedule: Schedule(data), asOf: SampleData.day("01.06.2022"), school: "urozhaynoe")
        #expect(report.preamble.contains("Образовательная организация: МКОУ СОШ с.п. Урожайное"))
        let measures = report.sections.flatMap(\.measures)
        #expect(measures.allSatisfy { $0.measure.scope.isPerSchool })
        #expect(measures.map(\.measure.id) == ["2", "3", "4", "5", "6", "7", "8", "9", "10", "13"])
        #expect(measures.allSatisfy { !$0.hasSubRows })
        #expect(try Self.row(report, "6").mark == "Выполняется, срок истёк 30.04.2022. Диагностика проведена в 9 классе")
        #expect(report.summary.bySchool.map(\.label) == ["МКОУ СОШ с.п. Урожайное"])
        #expect(report.summary.overdue.allSatisfy { $0.school?.id == "urozhaynoe" })
        #expect(report.sections.map(\.number) == ["1", "2", "3"])
    }

    @Test func undatedDeadlinesAreNeitherLateNorDue() throws {
        let data = try SampleData.load("terek-2022")
        let report = Report(data: data, schedule: Schedule(data), asOf: SampleData.day("31.12.2022"))
        // «По отдельному плану»: no dates, so no «нет».
        let plan = try Self.row(report, "9")
        #expect(plan.entries.allSatisfy { $0.mark == "Отметки нет." && $0.daysOverdue == nil })
    }
}
