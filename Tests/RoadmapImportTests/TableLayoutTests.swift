import Foundation
import Testing
import RoadmapModel
@testable import RoadmapImport

/// The shapes converted tables arrive in: headers repeated on each page,
/// page numbers between rows, cells continued on the next lines.
@Suite struct TableLayoutTests {
    private func read(_ text: String) throws -> ImportReport {
        try RoadmapImporter.read(Data(text.utf8), file: "карта.txt", ext: "txt")
    }

    @Test func aRepeatedHeaderAndAPageNumberInTheMiddleAreSkipped() throws {
        let report = try read("""
        **ПЛАН МЕРОПРИЯТИЙ**
        **на 2020-2021 учебный год**

        №\tМероприятие\tСрок\tОтветственные\tРезультат
        I. Первый этап\t\t\t\t
        1.1\tСовещание с руководителями\tНоябрь 2020 года\tУО\tПротокол

        7

        №\tМероприятие\tСрок\tОтветственные\tРезультат
        1.2\tСеминар для учителей\tДекабрь 2020 года\tИМЦ\tПовышение
        \tматематики\t\t\tквалификации
        II. Второй этап\t\t\t\t
        2.1\tМониторинг\tпо итогам каждой четверти\tУО, ИМЦ\tСправка
        """)
        #expect(report.data.measures.map(\.id) == ["1.1", "1.2", "2.1"])
        #expect(report.data.measure("1.2")?.title == "Семинар для учителей математики")
        #expect(report.data.measure("1.2")?.result == "Повышение квалификации")
        #expect(report.data.measure("2.1")?.responsible == ["УО", "ИМЦ"])
        #expect(report.data.roadmap.sections == [Section(number: "I", title: "Первый этап"),
                                                 Section(number: "II", title: "Второй этап")])
        #expect(report.data.roadmap.title == "План мероприятий на 2020-2021 учебный год")
        #expect(report.summary.contains("Пропущено внутри таблицы: повторов заголовка — 1, номеров страниц — 1."))
    }

    @Test func aHeaderOverTwoLinesAndSectionsInTheSecondColumn() throws {
        let report = try read("""
        Дорожная карта на 2023 год
        No\tМероприятие\tСроки\tОтветственные\tОжидаемый
        п/п\t\tисполнения\tисполнители\tрезультат
        \t1. Методическая поддержка\t\t\t
        1.1.\tОказание помощи педагогам-\tВ течение года\tКоролюк А.А.,\tПомощь
        \tпредметникам\t\tметодическая служба\t
        \t2. Мониторинг\t\t\t
        2.1.\tАнализ\tЕжеквартально\tИванова И.И. Руководители\tРекомендации
        """)
        #expect(report.data.roadmap.sections.map(\.number) == ["1", "2"])
        #expect(report.data.measure("1.1")?.title == "Оказание помощи педагогам-предметникам")
        #expect(report.data.measure("1.1")?.responsible == ["Королюк А.А.", "методическая служба"])
        #expect(report.data.measure("2.1")?.responsible == ["Иванова И.И.", "Руководители"])
        #expect(report.columns.first == "№ — «No п/п»")
    }

    @Test func aContinuationStartingWithANumberIsNoSection() throws {
        let report = try read("""
        План мероприятий на 2022 год
        №\tМероприятие\tСрок\tОтветственные
        1. Общие вопросы\t\t\t
        1.1\tПодготовка отчёта по пунктам:\tМарт\tУО
        \t3. кадры\t\t
        """)
        #expect(report.data.roadmap.sections.map(\.number) == ["1"])
        #expect(report.data.measure("1.1")?.title == "Подготовка отчёта по пунктам: 3. кадры")
    }
}
