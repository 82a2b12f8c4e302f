import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// Each test breaks one thing in the good fixture and expects the exact
/// message, with no file touched by loading.
@Suite("Store: problems in records and fields")
struct StoreDiagnosticsTests {
    private func fixture(_ file: String, _ old: String, _ new: String) throws -> StoreFixture {
        let fixture = try StoreFixture()
        try fixture.replace(file, old, with: new)
        return fixture
    }

    // MARK: Fields

    @Test func missingRequiredField() throws {
        let f = try fixture("measures.json", "      \"title\": \"Час контроля с директорами ОО\",\n", "")
        try f.expectErrors(["measures.json:27:5: мероприятие «18»: нет обязательного поля title"])
    }

    @Test func wrongType() throws {
        let f = try fixture("measures.json", #""deadline": "Ежемесячно""#, #""deadline": 12"#)
        try f.expectErrors(["measures.json:32:19: мероприятие «18»: поле deadline должно быть строкой"])
    }

    @Test func wrongTypeInsideAList() throws {
        let f = try fixture("measures.json", #""УО","#, "7,")
        try f.expectErrors(["measures.json:34:9: мероприятие «18»: поле responsible: элемент 1 должен быть строкой"])
    }

    @Test func unknownFieldIsAWarningNamingItAndAGuess() throws {
        let f = try fixture("measures.json", #""notes": "Директора"#, #""notse": "Директора"#)
        #expect(try f.warnings().contains(
            "measures.json:40:7: предупреждение: мероприятие «18»: неизвестное поле «notse» пропущено; может быть, имелось в виду notes?"))
    }

    /// Kept as typed, but a bidi override or a C1 control shows otherwise
    /// than the file holds it: each field that has one is named.
    @Test func hiddenCharactersAreAWarningNamingThem() throws {
        let f = try fixture("measures.json", #""notes": "Директора"#, #""notes": "\u202eДиректора\u009b"#)
        #expect(try f.warnings().contains(
            "measures.json:40:16: предупреждение: мероприятие «18»: поле notes содержит символы, которые не показываются как есть: "
                + "U+202E, U+009B — управляющие символы выводятся как «�», знаки направления письма (они переставляют буквы) опускаются; уберите их"))
        try f.replace("measures.json", #""УО","#, with: #""У\u2067О","#)
        #expect(try f.warnings().contains { $0.hasPrefix("measures.json:34:9: предупреждение: мероприятие «18»: поле responsible (элемент 1) содержит символы") })
        let data = try #require(try f.loadUnchanged().data)
        #expect(data.measures.last?.notes?.hasPrefix("\u{202E}Директора\u{9B} отчитываются") == true)
    }

    /// A measure id is typed on the command line: a C1 control is refused
    /// like the other controls, a bidi control is named.
    @Test func controlsInAMeasureID() throws {
        let refused = try fixture("measures.json", #""id": "18","#, #""id": "1\u009b8","#)
        #expect(try refused.errors().contains { $0.contains("поле id: «1\\u009B8» не годится") })
        // The progress records of «18» now belong to no measure: errors too.
        let named = try fixture("measures.json", #""id": "18","#, #""id": "1\u202e8","#)
        #expect(try named.loadUnchanged().warnings.contains {
            $0.description.contains("поле id содержит символы, которые не показываются как есть: U+202E")
        })
    }

    @Test func lineBreaksAndTabsInTextAreNoWarning() throws {
        let f = try fixture("measures.json", #""notes": "Директора"#, #""notes": "Директора\nи\tзавучи"#)
        #expect(try f.warnings().isEmpty)
    }

    @Test func dayThatDoesNotExist() throws {
        let f = try fixture("schools.json", #""joined": "2022-01-01""#, #""joined": "2021-02-31""#)
        try f.expectErrors(["schools.json:21:17: школа «urozhaynoe»: поле joined: дата 2021-02-31 не существует"])
    }

    @Test func dayInTheWrongForm() throws {
        let f = try fixture("progress/municipal.json", #""doneOn": "2022-02-25","#, #""doneOn": "25.02.2022","#)
        try f.expectErrors([
            "progress/municipal.json:8:17: запись о мероприятии «1»: поле doneOn: ожидалась дата вида ГГГГ-ММ-ДД, а записано «25.02.2022»",
        ])
    }

    @Test func badPeriod() throws {
        let f = try fixture("roadmap.json", #""period": "2022""#, #""period": "2022-2024""#)
        try f.expectErrors([
            "roadmap.json:10:13: поле period: «2022-2024» — ожидался календарный год («2022») или учебный год («2020-2021»)",
        ])
    }

    @Test func badStatusListsTheValidOnes() throws {
        let f = try fixture("progress/municipal.json", "\"status\": \"done\",\n      \"note\"", "\"status\": \"finished\",\n      \"note\"")
        try f.expectErrors([
            "progress/municipal.json:6:17: запись о мероприятии «1»: поле status: неизвестный статус «finished»; допустимы: planned, in-progress, done, not-done, cancelled",
        ])
    }

    @Test func badScope() throws {
        let f = try fixture("measures.json", #""scope": "municipal""#, #""scope": "district""#)
        try f.expectErrors([
            "measures.json:13:16: мероприятие «1»: поле scope: «district» — ожидалось \"municipal\", \"every-school\" или список id школ",
        ])
    }

    @Test func unknownFormatVersion() throws {
        let f = try fixture("roadmap.json", "\"format\": 1,", "\"format\": 2,")
        try f.expectErrors(["roadmap.json:2:13: неизвестная версия формата 2; эта версия программы читает формат 1"])
    }

    @Test func missingFormatAndNotAnObject() throws {
        let f = try StoreFixture()
        try f.write("progress/schools/khamidie.json", #"{"school": "khamidie", "records": []}"#)
        try f.write("schools.json", "[]")
        try f.expectErrors([
            "schools.json:1:1: должно быть объектом JSON",
            "progress/schools/khamidie.json:1:1: нет обязательного поля format",
        ])
    }

    // MARK: Ids and references

    @Test func duplicateMeasureIdsPointAtBothPlaces() throws {
        let f = try StoreFixture()
        try f.replace("measures.json", #""id": "18","#, with: #""id": "10","#)
        try f.replace("measures.json", #""number": "18.","#, with: #""number": "10.","#)
        try f.expectErrors([
            "measures.json:28:13: мероприятие «10»: описано дважды (первый раз — строка 16, столбец 13)",
            "progress/schools/urozhaynoe.json:19:18: запись о мероприятии «18» за 2022-03-31: мероприятия «18» нет в measures.json",
        ])
    }

    @Test func duplicateSchoolIdsPointAtBothPlaces() throws {
        let f = try fixture("schools.json", #""id": "khamidie""#, #""id": "urozhaynoe""#)
        try f.expectErrors([
            "schools.json:27:13: школа «urozhaynoe» описана дважды (первый раз — строка 5, столбец 13)",
        ])
    }

    @Test func measureInAMissingSection() throws {
        let f = try fixture("measures.json", #""section": "5""#, #""section": "7""#)
        try f.expectErrors(["measures.json:30:18: мероприятие «18»: раздела «7» нет в roadmap.json (есть: «1», «2», «5»)"])
    }

    @Test func scopeListingAMissingSchool() throws {
        let f = try fixture("measures.json", "        \"urozhaynoe\"\n", "        \"urozhaynoye\"\n")
        let report = try f.loadUnchanged()
        #expect(report.errors.map(\.description) == [
            "measures.json:38:9: мероприятие «18»: поле scope: школы «urozhaynoye» нет в schools.json",
        ])
        #expect(report.warnings.map(\.description).contains(
            "progress/schools/urozhaynoe.json:19:18: предупреждение: запись о мероприятии «18» за 2022-03-31: школа «urozhaynoe» не входит в scope мероприятия «18»"))
    }

    @Test func progressFileForASchoolNotInSchoolsJSON() throws {
        let f = try StoreFixture()
        try f.write("progress/schools/ghost.json", """
            {"format": 1, "school": "ghost", "records": [
              {"measure": "10", "status": "in-progress", "at": "2022-04-04T10:00:00+03:00", "by": "Директор ОО",
               "history": [{"at": "2022-04-04T10:00:00+03:00", "by": "Директор ОО", "status": "in-progress"}]}
            ]}
            """)
        try f.expectErrors([
            "progress/schools/ghost.json: школы «ghost» нет в schools.json: отметки этого файла ни к чему не относятся",
        ])
    }

    /// What a school added and taken back leaves: a file with no marks. It
    /// holds nothing, so the directory loads, with a warning naming it.
    @Test func anEmptyProgressFileOfAnUnknownSchoolIsOnlyAWarning() throws {
        let f = try StoreFixture()
        try f.write("progress/schools/ghost.json", #"{"format": 1, "school": "ghost", "records": []}"#)
        let report = f.directory.load()
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.data != nil)
        #expect(report.warnings.map(\.description).contains(
            "progress/schools/ghost.json: предупреждение: школы «ghost» нет в schools.json; отметок в файле нет, его можно удалить"))
    }

    @Test func schoolFieldMustMatchTheFileName() throws {
        let f = try fixture("progress/schools/khamidie.json", #""school": "khamidie""#, #""school": "urozhaynoe""#)
        try f.expectErrors([
            "progress/schools/khamidie.json:3:13: поле school: «urozhaynoe» не совпадает с именем файла «khamidie.json»",
        ])
    }

    @Test func municipalFileHasNoSchoolField() throws {
        let f = try fixture("progress/municipal.json", "\"format\": 1,", "\"format\": 1, \"school\": \"urozhaynoe\",")
        try f.expectErrors([
            "progress/municipal.json:2:26: в progress/municipal.json не должно быть поля school: отметки школ хранятся в progress/schools/",
        ])
    }

    @Test func recordForAMissingMeasure() throws {
        let f = try fixture("progress/municipal.json", #""measure": "1","#, #""measure": "99","#)
        try f.expectErrors(["progress/municipal.json:5:18: запись о мероприятии «99»: мероприятия «99» нет в measures.json"])
    }

    @Test func schoolFileRecordForAMunicipalMeasure() throws {
        let f = try fixture("progress/schools/urozhaynoe.json", #""measure": "10","#, #""measure": "1","#)
        try f.expectErrors([
            "progress/schools/urozhaynoe.json:6:18: запись о мероприятии «1»: мероприятие «1» ведётся на уровне муниципалитета: его отметки хранятся в progress/municipal.json, а не в файле школы «urozhaynoe»",
        ])
    }

    @Test func municipalFileRecordForAPerSchoolMeasure() throws {
        let f = try fixture("progress/municipal.json", #""measure": "1","#, #""measure": "10","#)
        try f.expectErrors([
            "progress/municipal.json:5:18: запись о мероприятии «10»: мероприятие «10» ведётся по школам: его отметки хранятся в progress/schools/<id школы>.json",
        ])
    }

    @Test func duplicateRecordInOneFile() throws {
        let f = try StoreFixture()
        let text = try f.text("progress/schools/khamidie.json")
        let record = #"{"measure": "10", "status": "planned", "by": "А", "at": "2022-01-10T10:00:00+03:00", "history": [{"at": "2022-01-10T10:00:00+03:00", "by": "А", "status": "planned"}]}"#
        try f.write("progress/schools/khamidie.json",
                    text.replacingOccurrences(of: "\"records\": []", with: "\"records\": [\n    \(record),\n    \(record)\n  ]"))
        try f.expectErrors([
            "progress/schools/khamidie.json:6:5: запись о мероприятии «10»: повторяется (первая такая запись — строка 5, столбец 5)",
        ])
    }

    // MARK: History

    @Test func currentStatusDisagreeingWithHistory() throws {
        let f = try fixture("progress/schools/urozhaynoe.json", "\"status\": \"done\",\n      \"note\"", "\"status\": \"not-done\",\n      \"note\"")
        try f.expectErrors([
            "progress/schools/urozhaynoe.json:21:17: запись о мероприятии «18» за 2022-03-31: поле status («not-done») не совпадает с последней записью истории («done»)",
        ])
    }

    @Test func missingNoteDisagreeingWithHistory() throws {
        let f = try fixture("progress/schools/urozhaynoe.json", "\n      \"note\": \"Проведён час контроля 28.03.2022\",", "")
        try f.expectErrors([
            "progress/schools/urozhaynoe.json:18:5: запись о мероприятии «18» за 2022-03-31: поле note (нет) не совпадает с последней записью истории («Проведён час контроля 28.03.2022»)",
        ])
    }

    @Test func historyOutOfTimeOrder() throws {
        let f = try fixture("progress/schools/urozhaynoe.json", "2022-03-20T09:00:00+03:00", "2022-03-29T09:00:00+03:00")
        try f.expectErrors([
            "progress/schools/urozhaynoe.json:33:17: запись о мероприятии «18» за 2022-03-31, история, запись 2: поле at: время 2022-03-28T15:02:11+03:00 раньше, чем у предыдущей записи (2022-03-29T09:00:00+03:00): история идёт по порядку времени",
        ])
    }

    @Test func historyOrderComparesInstantsAcrossOffsets() throws {
        // 13:00 in UTC+1 is 15:00 in UTC+3: still before 15:02:11.
        let early = try fixture("progress/schools/urozhaynoe.json", "2022-03-20T09:00:00+03:00", "2022-03-28T13:00:00+01:00")
        #expect(try early.loadUnchanged().errors.isEmpty)
        // 13:30 in UTC+1 is 15:30 in UTC+3: after it.
        let late = try fixture("progress/schools/urozhaynoe.json", "2022-03-20T09:00:00+03:00", "2022-03-28T13:30:00+01:00")
        #expect(try late.errors().count == 1)
    }

    @Test func emptyHistoryAndBadTimestamp() throws {
        let f = try StoreFixture()
        try f.write("progress/schools/khamidie.json", """
        {
          "format": 1,
          "school": "khamidie",
          "records": [
            {
              "measure": "10",
              "status": "planned",
              "by": "А",
              "at": "2022-01-10 10:00",
              "history": []
            }
          ]
        }
        """)
        try f.expectErrors([
            "progress/schools/khamidie.json:9:13: запись о мероприятии «10»: поле at: ожидалось время вида 2021-03-01T10:15:00+03:00, а записано «2022-01-10 10:00»",
            "progress/schools/khamidie.json:10:18: запись о мероприятии «10»: поле history: история пуста: в ней должна быть хотя бы одна отметка",
        ])
    }

    // MARK: School ids as file names

    @Test(arguments: ["../khamidie", "a/b", "Khamidie", "-khamidie", "школа", "x\\u0000y", "", String(repeating: "a", count: 65)])
    func unsafeSchoolIdsAreRefused(_ id: String) throws {
        let f = try fixture("schools.json", #""id": "khamidie""#, "\"id\": \"\(id)\"")
        let shown = id.replacingOccurrences(of: "\\u0000", with: "\\u0000")
        let errors = try f.errors()
        #expect(errors.first == "schools.json:27:13: школа «\(shown)»: id школы «\(shown)» не годится для имени файла: только латинские строчные буквы, цифры и «-» (первой — буква или цифра), от 1 до 64 символов")
    }

    @Test func measureIdWithASpaceIsRefused() throws {
        let f = try fixture("measures.json", #""id": "1","#, #""id": "1 1","#)
        try f.expectErrors([
            "measures.json:5:13: мероприятие «1 1»: поле id: «1 1» не годится: без пробелов, «/», «\\» и управляющих символов, от 1 до 32 символов",
            "progress/municipal.json:5:18: запись о мероприятии «1»: мероприятия «1» нет в measures.json",
        ])
    }

    @Test func measureIdDifferingFromItsNumberIsAWarning() throws {
        let f = try fixture("measures.json", #""number": "18.","#, #""number": "18.1.","#)
        #expect(try f.warnings().contains(
            "measures.json:29:17: предупреждение: мероприятие «18»: id «18» не совпадает с номером «18.1.» без конечной точки"))
    }

    @Test func longestSafeIdIsAccepted() throws {
        let id = String(repeating: "a", count: 64)
        let f = try fixture("schools.json", #""id": "khamidie""#, "\"id\": \"\(id)\"")
        try f.remove("progress/schools/khamidie.json")
        #expect(try f.loadUnchanged().errors.isEmpty)
    }

    // MARK: Deadlines

    @Test func unreadableDeadlineIsAWarning() throws {
        let f = try fixture("measures.json", #""deadline": "Ежемесячно""#, #""deadline": "абракадабра""#)
        #expect(try f.warnings().contains(
            "measures.json:32:19: предупреждение: мероприятие «18»: срок «абракадабра» не распознан: мероприятие не попадёт в просроченные, исправьте формулировку"))
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let f = try StoreFixture()
        try f.replace("roadmap.json", #""period": "2022""#, with: #""period": "двадцать""#)
        try f.replace("measures.json", #""deadline": "Ежемесячно""#, with: #""deadline": 12"#)
        try f.replace("progress/municipal.json", #""measure": "1","#, with: #""measure": "99","#)
        try f.remove("schools.json")
        try f.expectErrors([
            "roadmap.json:10:13: поле period: «двадцать» — ожидался календарный год («2022») или учебный год («2020-2021»)",
            "schools.json: файл не найден",
            "measures.json:32:19: мероприятие «18»: поле deadline должно быть строкой",
            "progress/municipal.json:5:18: запись о мероприятии «99»: мероприятия «99» нет в measures.json",
        ])
    }
}
