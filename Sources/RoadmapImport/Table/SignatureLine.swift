import Foundation

/// The lines under a table that sign or approve it: «Начальник управления
/// образования … О.П. Смирнова», «Исполнитель: Петрова А.В.», «тел. 2-22-22».
/// Such a line after the last measure ends the table; read as a
/// continuation it would add the signer to the last measure's responsible.
enum SignatureLine {
    /// Words a signature or a contact line starts with.
    private static let openers = ["исполнитель", "исп.", "тел.", "тел:", "телефон", "согласовано", "утверждаю",
                                  "подпись", "м.п.", "м. п."]
    /// Positions a signer's line starts with; they count only together
    /// with a name with initials on the same line.
    private static let positions = ["начальник", "заместитель", "зам.", "директор", "руководитель", "глава",
                                    "председатель", "заведующий", "заведующая", "и.о.", "и. о.", "врио",
                                    "специалист", "ведущий", "главный", "методист", "секретарь", "консультант",
                                    "инспектор"]

    /// `cells`: the row's non-empty cells in order.
    static func matches(_ cells: [String]) -> Bool {
        guard let first = cells.first?.lowercased() else { return false }
        if openers.contains(where: { first.hasPrefix($0) }) { return true }
        guard positions.contains(where: { first.hasPrefix($0) }) else { return false }
        return cells.contains(where: hasPersonName)
    }

    /// «О.П. Смирнова», «Смирнова О.П.», «О. П. Смирнова».
    static func hasPersonName(_ text: String) -> Bool {
        text.range(of: #"[А-ЯЁ]\. ?[А-ЯЁ]\. ?[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+ [А-ЯЁ]\. ?[А-ЯЁ]\."#,
                   options: .regularExpression) != nil
    }
}
