import Testing
@testable import RoadmapImport

/// Numbers written as their cells show them, under the format codes Excel
/// and LibreOffice write.
@Suite struct XlsxNumberFormatTests {
    @Test(arguments: [
        ("General", 1.1, "1.1"), ("General", 2.11, "2.11"), ("General", 119, "119"), ("General", 0.1 + 0.2, "0.3"),
        ("0", 2.6, "3"), ("0.00", 2.5, "2.50"), ("0.0#", 2.125, "2.13"), ("#,##0", 1234567, "1 234 567"),
        ("# ##0", 1234, "1 234"), ("0%", 0.15, "15%"), ("0.00%", 0.95, "95.00%"), ("000", 7, "007"),
        ("0.0;(0.0)", -1.5, "(1.5)"), ("0", -3, "-3"), ("\"№ \"0", 5, "№ 5"), ("@", 12, "12"),
        ("[$₽-419]#,##0", 1500, "₽1 500"), ("0\\ \"чел.\"", 25, "25 чел."),
    ])
    func numbers(code: String, value: Double, shown: String) {
        #expect(XlsxNumberFormat(code: code).text(value) == shown)
    }

    /// 44681 is 30.04.2022 (1900 system): every numeric date says it the
    /// Russian way, whatever order the format has; names are Russian.
    @Test(arguments: [
        ("DD.MM.YYYY", "30.04.2022"), ("mm/dd/yy", "30.04.2022"), ("dd/mm/yy", "30.04.2022"), ("yyyy-mm-dd", "30.04.2022"),
        ("D MMMM YYYY", "30 апреля 2022"), ("[$-419]MMMM YYYY", "апрель 2022"), ("MMMM", "апрель"), ("mmm yy", "апр 22"),
        ("DD.MM", "30.04"), ("MM.YYYY", "04.2022"), ("dddd, d mmmm", "суббота, 30 апреля"),
        ("DD.MM.YYYY hh:mm", "30.04.2022 00:00"),
    ])
    func dates(code: String, shown: String) {
        #expect(XlsxNumberFormat(code: code).text(44681) == shown)
    }

    @Test func builtInShortDateIsRussian() {
        let code = XlsxNumberFormat.builtIn[14]!
        #expect(XlsxNumberFormat(code: code).text(44681) == "30.04.2022")
    }

    @Test func timesAndTheOtherCalendar() {
        #expect(XlsxNumberFormat(code: "hh:mm").text(0.5) == "12:00")
        #expect(XlsxNumberFormat(code: "h:mm AM/PM").text(44681.75) == "6:00 PM")
        #expect(XlsxNumberFormat(code: "DD.MM.YYYY").text(44681 + 0.99999999) == "01.05.2022")
        // 1904 system: the same day is 1462 days fewer.
        #expect(XlsxNumberFormat(code: "DD.MM.YYYY").text(44681 - 1462, date1904: true) == "30.04.2022")
        // Before the 29 February 1900 that never was.
        #expect(XlsxNumberFormat(code: "DD.MM.YYYY").text(59) == "28.02.1900")
        #expect(XlsxNumberFormat(code: "DD.MM.YYYY").text(61) == "01.03.1900")
    }

    /// What this reader cannot show is nil, for the caller to name.
    @Test(arguments: ["# ?/?", "0.00E+00", "[<100]0;0.0", "#,##0,"])
    func unreadableFormats(code: String) {
        #expect(XlsxNumberFormat(code: code).text(12.5) == nil)
    }

    @Test func noDayIsNoDate() {
        #expect(XlsxNumberFormat(code: "DD.MM.YYYY").text(60) == nil)
        #expect(XlsxNumberFormat(code: "DD.MM.YYYY").text(-1) == nil)
        #expect(XlsxNumberFormat(code: "DD.MM.YYYY").text(.nan) == nil)
    }
}
