/// The report as a spreadsheet: one row per occurrence (per school, per
/// deadline), with the dates as separate columns so they can be sorted and
/// filtered in Excel. Section rows and totals are left to the other formats;
/// the first rows carry the DOCX's heading and the lines under it (so «по
/// состоянию на» the date), then an empty row and the column titles.
public enum CSVReport {
    public static let header = [
        "Раздел", "№ п/п", "Мероприятие", "Школа", "Срок исполнения", "Начало срока", "Окончание срока",
        "Ответственные", "Состояние", "Дней просрочки", "Отметка о выполнении", "Дата выполнения",
    ]

    /// The heading as the DOCX prints it («о ходе реализации … по состоянию
    /// на 30.06.2022» or «об итогах …»), then the preamble's lines.
    public static func title(of report: Report) -> [String] {
        [report.heading] + report.preamble
    }

    public static func render(_ report: Report) -> String {
        var text = ""
        write(report, to: &text)
        return text
    }

    /// The sheet line by line: the title rows, the header, one row per occurrence.
    public static func write(_ report: Report, to out: inout some TextOutputStream) {
        out.write("\u{FEFF}")
        for line in title(of: report) { out.write(CSVText.line([line]) + "\r\n") }
        out.write("\r\n" + CSVText.line(header) + "\r\n")
        for section in report.sections {
            for item in section.measures {
                let measure = item.measure
                let common = [section.caption, measure.number, measure.title]
                let responsible = measure.responsible.joined(separator: ", ")
                if item.entryCount == 0 {
                    out.write(CSVText.line(common + ["", measure.deadline, "", "", responsible, "", "", item.mark, ""]) + "\r\n")
                }
                // One occurrence at a time: a recurring measure of a region has tens of thousands.
                item.forEachEntry { entry in
                    out.write(CSVText.line(common + [
                        entry.school?.name ?? "", measure.deadline,
                        entry.window?.start.russian ?? "", entry.window?.end.russian ?? "",
                        // The state in the totals' words; the note alone, since the
                        // state and the day have columns of their own.
                        responsible, entry.standing.russian, entry.daysOverdue.map(String.init) ?? "",
                        entry.note ?? "", entry.doneOn?.russian ?? "",
                    ]) + "\r\n")
                }
            }
        }
    }
}
