import Foundation
import Testing
import RoadmapModel
@testable import RoadmapImport

/// Workbooks written part by part: the sheet with the table is found and
/// named, every kind of cell reads as shown, and what cannot be read is
/// named with its sheet, row and cell.
@Suite struct XlsxWorkbookTests {
    static let header = XlsxBuilder.row(2, SampleTable.header)
    static let title = XlsxBuilder.row(1, ["План мероприятий по поддержке школ на 2022 год"])

    static func measure(_ row: Int, _ number: String, _ title: String, _ deadline: String = "Март 2022 года") -> String {
        XlsxBuilder.row(row, [number, title, deadline, "ИМЦ", ""])
    }

    static func read(_ workbook: XlsxBuilder) throws -> ImportReport {
        try RoadmapImporter.read(try workbook.data(), file: "карта.xlsx", ext: "xlsx")
    }

    @Test func theSheetWithTheTableIsReadAndNamed() throws {
        var book = XlsxBuilder()
        book.sheets = [.init(name: "Титул", rows: Self.title),
                       .init(name: "Мероприятия", rows: Self.title + Self.header + Self.measure(3, "1.", "Анализ ВПР"))]
        let report = try Self.read(book)
        #expect(report.data.measures.map(\.title) == ["Анализ ВПР"])
        #expect(report.remarks.first == "Прочитан лист «Мероприятия» (2-й из 2; листы: «Титул», «Мероприятия»).")
        #expect(report.data.roadmap.notes?.hasPrefix("Импортировано из файла «карта.xlsx», лист «Мероприятия».") == true)
    }

    @Test func noSheetWithATableIsRefusedNamingTheSheets() throws {
        var book = XlsxBuilder()
        book.sheets = [.init(name: "Титул", rows: Self.title), .init(name: "Пусто", rows: "")]
        #expect(throws: ImportError.self) { try Self.read(book) }
        do {
            _ = try Self.read(book)
        } catch let error as ImportError {
            #expect(error.file == "карта.xlsx")
            #expect(error.message.hasPrefix("лист «Титул»: таблица мероприятий не найдена"))
            #expect(error.message.hasSuffix("(таблицы мероприятий нет ни на одном из листов: «Титул», «Пусто»)"))
        }
    }

    /// Shared strings with rich-text runs, a number «1.1» under General, a
    /// date under the built-in short date, a formula's text result.
    @Test func cellsReadAsShown() throws {
        var book = XlsxBuilder()
        book.sharedStrings = ["<r><rPr><b/></rPr><t>Анализ </t></r><r><t xml:space=\"preserve\">результатов ВПР</t></r><rPh><t>ぶ</t></rPh>",
                              "ИМЦ"]
        book.styleFormats = [0, 14]
        let row = "<row r=\"3\"><c r=\"A3\"><v>1.1</v></c><c r=\"B3\" t=\"s\"><v>0</v></c>"
            + "<c r=\"C3\" s=\"1\"><v>44681</v></c><c r=\"D3\" t=\"str\"><f>B4</f><v>ИМЦ</v></c></row>"
        book.sheets = [.init(name: "Лист1", rows: Self.title + Self.header + row)]
        let report = try Self.read(book)
        let measure = try #require(report.data.measures.first)
        #expect(measure.number == "1.1")
        #expect(measure.title == "Анализ результатов ВПР")
        #expect(measure.deadline == "30.04.2022")
        #expect(measure.responsible == ["ИМЦ"])
        #expect(report.data.measures.count == 1)
    }

    /// A section merged over the columns, a deadline merged over two rows.
    @Test func mergedCells() throws {
        var book = XlsxBuilder()
        let rows = Self.title + Self.header + XlsxBuilder.row(3, ["I. Диагностика"])
            + Self.measure(4, "1.1", "Анализ", "Апрель 2022 года") + XlsxBuilder.row(5, ["1.2", "Семинар", "", "УО"])
        book.sheets = [.init(name: "Лист1", rows: rows, merges: ["A3:E3", "C4:C5"])]
        let report = try Self.read(book)
        #expect(report.data.roadmap.sections.map(\.title) == ["Диагностика"])
        #expect(report.data.measures.map(\.deadline) == ["Апрель 2022 года", "Апрель 2022 года"])
    }

    /// Nothing is dropped without a word: each cell that could not be read
    /// as it is, and the hidden rows read, are named with sheet, row, cell.
    @Test func whatCannotBeReadIsNamed() throws {
        var book = XlsxBuilder()
        book.sharedStrings = ["Анализ"]
        book.styleFormats = [0, 100]
        book.numberFormats = [100: "# ?/?"]
        let odd = "<row r=\"4\"><c r=\"A4\"><v>2</v></c><c r=\"B4\" t=\"s\"><v>0</v></c><c r=\"C4\" t=\"e\"><v>#REF!</v></c>"
            + "<c r=\"D4\"><f>SUM(X1:X2)</f></c><c r=\"E4\" s=\"1\"><v>0.5</v></c><c r=\"BZ4\" t=\"inlineStr\"><is><t>далеко</t></is></c></row>"
        let rows = Self.title + Self.header + Self.measure(3, "1", "Анализ").replacingOccurrences(of: "<row r=\"3\">", with: "<row r=\"3\" hidden=\"1\">")
            + odd + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>3</t></is></c><c r=\"B5\" t=\"inlineStr\"><is><t>Семинар</t></is></c><c r=\"C5\" t=\"inlineStr\"><is><t>скрыто</t></is></c><c r=\"D5\" t=\"s\"><v>7</v></c></row>"
        book.sheets = [.init(name: "План", rows: rows, merges: ["B5:C5"])]
        let report = try Self.read(book)
        let remarks = report.remarks.joined(separator: "\n")
        #expect(remarks.contains("Лист «План», строка 5, ячейка D5: ссылка на общую строку № 7, которой в книге нет; ячейка не прочитана."))
        #expect(remarks.contains("Лист «План», строка 4, ячейка C4: ошибка формулы «#REF!»; записано как показано."))
        #expect(remarks.contains("Лист «План», строка 4, ячейка D4: формула без вычисленного значения"))
        #expect(remarks.contains("Лист «План», строка 4, ячейка E4: формат числа «# ?/?» не прочитан; записано число как есть: 0.5."))
        #expect(remarks.contains("Лист «План», строка 4, ячейка BZ4: текст «далеко» дальше 63-го столбца"))
        #expect(remarks.contains("Лист «План», строка 5, ячейка C5: текст «скрыто» закрыт объединённой ячейкой B5"))
        #expect(remarks.contains("Лист «План»: скрытые строки прочитаны, как все остальные: 3."))
        #expect(report.data.measures.map(\.number) == ["1", "2", "3"])
        #expect(report.data.measures[1].result == "0.5")
    }

    @Test func aZipWithoutWorkbookIsNoXlsx() throws {
        let zip = try ZipMaker.archive([("word/document.xml", Data("<w:document/>".utf8))])
        #expect(throws: ImportError.self) { try RoadmapImporter.read(zip, file: "не то.xlsx", ext: "xlsx") }
        do {
            _ = try RoadmapImporter.read(zip, file: "не то.xlsx", ext: "xlsx")
        } catch {
            #expect(error.description == "не то.xlsx: в архиве нет xl/workbook.xml — это не книга Excel (XLSX)")
        }
    }

    @Test func aDamagedSheetNamesItsSheetAndLine() throws {
        var book = XlsxBuilder()
        book.sheets = [.init(name: "План", rows: Self.title + "\n<row r=\"2\"><c></row>")]
        do {
            _ = try Self.read(book)
            Issue.record("прочитано")
        } catch let error as ImportError {
            #expect(error.message.hasPrefix("лист «План»: xl/worksheets/sheet1.xml повреждён: ошибка разметки XML"))
            #expect(error.line == 2)
        }
    }

    /// A part with a DOCTYPE is refused before it is parsed, as a DOCX's is.
    @Test func aDoctypeIsRefused() throws {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        var book = XlsxBuilder()
        book.sheets = [.init(name: "План", rows: "",
                             raw: "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaa\">]><worksheet xmlns=\"\(main)\"/>")]
        let zip = try book.data()
        do {
            _ = try RoadmapImporter.read(zip, file: "карта.xlsx", ext: "xlsx")
            Issue.record("прочитано")
        } catch {
            #expect(error.description == "карта.xlsx:2: xl/worksheets/sheet1.xml содержит объявление DOCTYPE, какого в документах Excel не бывает — файл подделан или повреждён; не читается")
        }
    }
}
