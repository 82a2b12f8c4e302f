import Foundation
import Testing
import RoadmapModel
@testable import RoadmapImport

/// Where the measures table ends, and that nothing under it is lost
/// without a word: a signature ends it, a line it cannot place is listed,
/// a measure it would drop stops the import.
@Suite struct TableEndTests {
    private func read(_ text: String) throws -> ImportReport {
        try RoadmapImporter.read(Data(text.utf8), file: "карта.txt", ext: "txt")
    }

    private let header = "План мероприятий на 2024 год\n\n№\tМероприятие\tСрок\tОтветственные\tРезультат\n"

    @Test func aSignatureRowEndsTheTableAndIsReported() throws {
        let report = try read(header + """
        I.\tЭтап\t\t\t
        1.1.\tСеминар\tмарт 2024\tОрлова Н.Н.\tПрограмма
        1.2.\tКурсы\tмай 2024\tГусев П.П.\tУдостоверения

        Начальник отдела образования\t\t\tВ.В. Белов
        Исполнитель: Орлова Н.Н., тел. 2-15-40
        """)
        #expect(report.data.measure("1.2")?.responsible == ["Гусев П.П."])
        #expect(report.remarks.contains("Таблица кончается перед строкой 8 — это подпись, не мероприятие: «Начальник отдела образования В.В. Белов»."))
        #expect(report.suspicions.isEmpty)
    }

    /// A continuation line of the last measure that names a position in its
    /// responsible cell is still read: only a line starting in the first
    /// cells signs the table.
    @Test func aResponsibleContinuationIsNoSignature() throws {
        let report = try read(header + """
        1.1.\tСеминар\tмарт 2024\tОрлова Н.Н.\tПрограмма
        \t\t\tНачальник отдела Белов В.В.\t
        """)
        #expect(report.data.measure("1.1")?.responsible == ["Орлова Н.Н.", "Начальник отдела", "Белов В.В."])
        #expect(report.remarks.allSatisfy { !$0.contains("подпись") })
    }

    @Test func aLineWithoutColumnsBetweenMeasuresIsListedNotGlued() throws {
        let report = try read(header + """
        1.1.\tСеминар\tмарт 2024\tОрлова Н.Н.\tПрограмма
        Продолжение таблицы
        1.2.\tКурсы\tмай 2024\tГусев П.П.\tУдостоверения
        """)
        #expect(report.data.measures.map(\.id) == ["1.1", "1.2"])
        #expect(report.data.measure("1.1")?.title == "Семинар")
        #expect(report.suspicions.map(\.description) == [
            "строка 5: строка без столбцов среди строк таблицы — не раздел и не мероприятие; не прочитана: «Продолжение таблицы»"])
    }

    /// Measures after a break the table cannot cross are not dropped: the
    /// import stops and names the measure and the line that broke the table.
    @Test func measuresAfterTheEndOfTheTableStopTheImport() throws {
        let text = header + """
        1.1.\tСеминар\tмарт 2024\tОрлова Н.Н.\tПрограмма
        Примечание: сроки уточняются.
        См. приложение.
        Таблица продолжается.
        Далее — второй этап.
        Ещё одна строка.
        И ещё одна.
        2.1.\tКурсы\tмай 2024\tГусев П.П.\tУдостоверения
        """
        #expect {
            _ = try read(text)
        } throws: { error in
            let message = (error as? ImportError)?.description ?? ""
            return message.hasPrefix("карта.txt:11: мероприятие «2.1.» идёт после конца таблицы (таблицу прервала строка 5 «Примечание: сроки уточняются.»)")
        }
    }

    /// Another table after the roadmap (the schools, numbered from 1) is
    /// no lost measure.
    @Test func aSchoolsTableAfterTheRoadmapIsNoLostMeasure() throws {
        let report = try read(header + """
        1.1.\tСеминар\tмарт 2024\tОрлова Н.Н.\tПрограмма

        Перечень школ
        №\tШкола\tАдрес
        1.\tМБОУ СОШ № 2\tс. Лесное
        2.\tМБОУ ООШ № 5\tд. Малое
        """)
        #expect(report.data.measures.map(\.id) == ["1.1"])
    }
}
