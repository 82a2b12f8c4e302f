/// The report as a spreadsheet: one row per occurrence (per school, per
/// deadline), with the dates as separate columns so they can be sorted and
/// filtered in Excel. Section rows and totals are left to the other formats.
public enum CSVReport {
    public static let header = [
        "Раздел", "№ п/п", "Мероприятие", "Школа", "Срок исполнения", "Начало срока", "Окончание срока",
        "Ответственные", "Состояние", "Дней просрочки", "Отметка о выполнении", "Дата выполнения",
    ]

    public static func render(_ report: Report) -> String {
        var rows: [[String]] = []
        for section in report.sections {
            for item in section.measures {
                let measure = item.measure
                let common = [section.caption, measure.number, measure.title]
                let responsible = measure.responsible.joined(separator: ", ")
                if item.entries.isEmpty {
                    rows.append(common + ["", measure.deadline, "", "", responsible, "", "", item.mark, ""])
                }
                for entry in item.entries {
                    rows.append(common + [
                        entry.school?.name ?? "", measure.deadline,
                        entry.window?.start.russian ?? "", entry.window?.end.russian ?? "",
                        // The state in the totals' words; the note alone, since the
                        // state and the day have columns of their own.
                        responsible, entry.standing.russian, entry.daysOverdue.map(String.init) ?? "",
                        entry.note ?? "", entry.doneOn?.russian ?? "",
                    ])
                }
            }
        }
        return CSVText.document(header: header, rows: rows)
    }
}
