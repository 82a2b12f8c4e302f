import Foundation
import Testing
import RoadmapModel
@testable import RoadmapImport

/// Section rows in the shapes converted tables print them: a merged cell
/// that lost its tabs, the number alone in the «№» cell with the title next
/// to it, «Раздел N.». Each must start a section; none may end the table or
/// glue its title onto the measure above.
@Suite struct SectionShapeTests {
    private func read(_ text: String, ext: String = "txt") throws -> ImportReport {
        try RoadmapImporter.read(Data(text.utf8), file: "карта.\(ext)", ext: ext)
    }

    private func sections(_ report: ImportReport) -> [String] {
        report.data.roadmap.sections.map { "\($0.number). \($0.title)" }
    }

    private func counts(_ report: ImportReport) -> [String: Int] {
        Dictionary(grouping: report.data.measures, by: \.section).mapValues(\.count)
    }

    /// A one-cell line without tabs between measure rows, the first one too.
    @Test func aMergedSectionCellWithoutTabsIsASection() throws {
        let report = try read("""
        План мероприятий на 2024 год

        №\tМероприятие\tСрок\tОтветственные\tРезультат
        I. Диагностика
        1.1.\tСовещание с директорами\tфевраль 2024\tКузнецова Т.И.\tПротокол
        II. Методическая помощь
        2.1.\tСеминар для учителей\tмарт 2024\tОрлова Н.Н.\tПрограмма
        2.2.\tКонсультации\tапрель 2024\tОрлова Н.Н.\tЖурнал
        III. Итоги
        3.1.\tИтоговое совещание\tдекабрь 2024\tКузнецова Т.И.\tПротокол

        Заместитель главы администрации\tВ.В. Белов
        """)
        #expect(sections(report) == ["I. Диагностика", "II. Методическая помощь", "III. Итоги"])
        #expect(counts(report) == ["I": 1, "II": 2, "III": 1])
        #expect(report.data.measure("2.2")?.title == "Консультации")
        #expect(report.data.roadmap.title == "План мероприятий на 2024 год")
    }

    @Test func razdelAndArabicSectionLinesAreSections() throws {
        let report = try read("""
        Дорожная карта на 2024 год
        №\tМероприятие\tСрок\tОтветственные
        Раздел 1. Аналитическая работа
        1.1\tАнализ ВПР\tмай 2024\tУО
        РАЗДЕЛ 2: Работа с кадрами
        2.1\tКурсы\tоктябрь 2024\tИМЦ
        3. Контроль
        3.1\tЧас контроля\tдекабрь 2024\tУО
        """)
        #expect(sections(report) == ["1. Аналитическая работа", "2. Работа с кадрами", "3. Контроль"])
        #expect(report.data.measures.map(\.section) == ["1", "2", "3"])
    }

    /// «I.» or «II» alone in the «№» cell, the title in the next one; the
    /// title goes to the section, not onto the measure above.
    @Test func aNumberAloneInTheNumberCellWithTheTitleNextToIt() throws {
        let report = try read("""
        План работы на 2024 год
        №\tСрок\tМероприятие\tОтветственный\tРезультат
        I.\tПодготовительный этап
        1.1.\tянварь 2024\tСбор данных\tСоколова Е.А.\tБаза
        1.2.\tIV квартал\tАнализ данных\tСоколова Е.А.\tСправка
        II\tОсновной этап\t\t\t
        2.1.\tмарт 2024\tВыезды в школы\tГусев П.П.\tОтчёт
        """)
        #expect(sections(report) == ["I. Подготовительный этап", "II. Основной этап"])
        #expect(counts(report) == ["I": 2, "II": 1])
        #expect(report.data.measure("1.2")?.deadline == "IV квартал")
        #expect(report.data.measure("1.1")?.title == "Сбор данных")
        #expect(report.suspicions.isEmpty)
    }

    /// «1.» with a title and nothing else is a section when «1.1» follows,
    /// and a measure when «2.» follows.
    @Test func anArabicNumberAloneIsASectionOnlyOverItsSubMeasures() throws {
        let sections = try read("""
        План на 2024 год
        №\tМероприятие\tСрок\tОтветственные
        1.\tОрганизационные меры\t\t
        1.1.\tПриказ\tянварь 2024\tУО
        2.\tМетодические меры\t\t
        2.1.\tСеминар\tмарт 2024\tИМЦ
        """)
        #expect(self.sections(sections) == ["1. Организационные меры", "2. Методические меры"])
        let measures = try read("""
        План на 2024 год
        №\tМероприятие\tСрок\tОтветственные
        1.\tСовещание\t\t
        2.\tСеминар\tмарт 2024\tИМЦ
        """)
        #expect(measures.data.measures.map(\.id) == ["1", "2"])
        #expect(measures.data.measure("1")?.deadline == "")
    }

    @Test func csvSectionNumberAloneInItsCell() throws {
        let report = try read("""
        План мероприятий на 2024 год;;;;
        Ответственный;№;Мероприятие;Срок;Результат
        ;I;Диагностика;;
        Кузнецова Т.И.;1.1.;Совещание;февраль 2024;Протокол
        ;II;Помощь школам;;
        Орлова Н.Н.;2.1.;Семинар;март 2024;Программа
        """, ext: "csv")
        #expect(sections(report) == ["I. Диагностика", "II. Помощь школам"])
        #expect(report.data.measure("1.1")?.title == "Совещание")
        #expect(report.data.measure("1.1")?.responsible == ["Кузнецова Т.И."])
    }
}
