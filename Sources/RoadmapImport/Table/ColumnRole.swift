import Foundation

/// What a column of the measures table holds.
enum ColumnRole: String, Hashable, Sendable, CaseIterable {
    case number, title, deadline, responsible, result

    /// Reads one header cell under its many real names: «№», «№ п/п»,
    /// «No»; «Мероприятие», «Наименование мероприятия», «Основные
    /// направления деятельности», «Содержание»; «Срок», «Сроки исполнения»,
    /// «Срок реализации»; «Ответственные», «Ответственный», «Ответственные
    /// исполнители»; «Результат», «Предполагаемые результаты», «Ожидаемый
    /// результат». The order of the checks matters: «Сроки исполнения» is a
    /// deadline although it says «исполнения».
    static func named(_ header: String) -> ColumnRole? {
        let name = header.lowercased().replacingOccurrences(of: "ё", with: "е")
            .trimmingCharacters(in: trimmed)
        guard !name.isEmpty else { return nil }
        let compact = name.filter { !$0.isWhitespace }
        if ["№", "no", "n", "n°", "№п/п", "nп/п", "noп/п", "п/п", "номер", "№пп"].contains(compact)
            || compact.hasPrefix("№") && compact.count <= 5 { return .number }
        if name.contains("срок") || name.hasPrefix("дата") || name.contains("период") { return .deadline }
        if name.contains("результат") || name.contains("показател") { return .result }
        if name.contains("мероприят") || name.contains("направлени") || name.contains("содержание")
            || name.contains("наименование") || name.contains("действи") { return .title }
        if name.contains("ответствен") || name.contains("исполнител") { return .responsible }
        return nil
    }

    /// Built once: every row of a table is asked whether it repeats the header.
    private static let trimmed = CharacterSet.whitespacesAndNewlines
        .union(.punctuationCharacters.subtracting(["№", "/"]))
}
