import Foundation
import Testing
@testable import RoadmapImport

@Suite struct ImportSummaryTests {
    @Test func seryshevoSummaryListsSectionsDeadlinesAndSuspicions() throws {
        let summary = try Seeds.imported("004").summary
        let lines = summary.split(separator: "\n").map(String.init)
        #expect(lines.first == "Прочитан файл 004_8d5cd248731af35d.txt: таблица мероприятий со строки 53, мероприятий — 15, разделов — 4.")
        #expect(lines.contains("Дорожная карта: «Дорожная карта по сопровождению и адресной методической поддержке школ с низкими образовательными результатами на 2023 год» (Серышевский муниципальный округ, период 2023, приказ № 119 от 20.03.2023)."))
        #expect(lines.contains("  1. Методическое обеспечение поддержки школ с низкими образовательными результатами — 5"))
        #expect(lines.contains("  4. Совершенствование инфраструктуры школ низкими образовательными результатами — 1"))
        #expect(lines.contains("Сроки прочитаны: 15 из 15."))
        #expect(lines.contains("Сроки не распознаны: нет."))
        #expect(lines.contains("Подозрения на ошибки распознавания (записано как напечатано) — 7:"))
        #expect(lines.contains("  строка 63: мероприятие 1.3: под сроком повторена строка «В те тепие года» — в срок не включена, записана в примечание"))
        #expect(lines.contains("  строка 67: мероприятие 1.4: слово «ШКОЛ» напечатано прописными"))
        #expect(lines.contains("  строка 73: раздел 2: слово «Oi» смешивает латиницу и кириллицу"))
        #expect(lines.contains("  строка 27: в заголовке «гол» прочитано как «год»"))
        #expect(summary.contains("результат — «Ответственные за исполнение»"))
    }

    @Test func vladivostokSummaryCountsWhatWasSkipped() throws {
        let lines = try Seeds.imported("001").summary.split(separator: "\n").map(String.init)
        #expect(lines.contains("  II. Развитие кадрового потенциала — 12"))
        #expect(lines.contains("Сроки прочитаны: 28 из 28."))
        #expect(lines.contains("Подозрения на ошибки распознавания (записано как напечатано): нет."))
        #expect(lines.contains("Сокращений в перечне: 16."))
        #expect(lines.contains("Пропущено внутри таблицы: повторов заголовка — 7, номеров страниц — 1."))
    }

    @Test func unrecognisedDeadlinesAreListedWithTheirLine() throws {
        let text = """
        План мероприятий на 2022 год
        №\tМероприятие\tСрок\tОтветственные
        1.\tСовещание\tкогда-нибудь потом\tУО
        2.\tСеминар\tМарт\tИМЦ
        """
        let report = try RoadmapImporter.read(Data(text.utf8), file: "план.txt", ext: "txt")
        #expect(report.unrecognized.map(\.description) == ["строка 3: мероприятие 1: «когда-нибудь потом»"])
        #expect(report.summary.contains("Сроки прочитаны: 1 из 2."))
        #expect(report.summary.contains("Сроки не распознаны — 1:\n  строка 3: мероприятие 1: «когда-нибудь потом»"))
        #expect(report.data.measure("1")?.deadline == "когда-нибудь потом")
    }
}
