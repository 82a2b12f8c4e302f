import Foundation

/// Which column is read as what. Names decide first; when two columns
/// carry the same name, position and content decide:
///
/// - The tables print № | мероприятие | срок | ответственные | результат.
///   When two columns are both named «Ответственные…» and none is named
///   «результат» (seed 004: «Ответственные исполнители» and «Ответственные
///   за исполнение», the second holding «Повышение квалификации …»), the
///   one whose cells hold more names with initials («Королюк А.А.») is the
///   responsible column (on a tie the first), and the other is the result
///   column — the place a result column has in every such table.
/// - Of several columns named for the title, the deadline or the result,
///   the first is read; the others are listed in the summary as not read.
struct ColumnAssignment: Sendable {
    var columns: [ColumnRole: Int]
    /// Why a column was read against its name, for the summary.
    var explanation: String?
    /// Columns with a name that were not read.
    var unread: [Int]

    init(header: TableHeader, items: [TableItem]) {
        var columns: [ColumnRole: Int] = [:]
        for role in ColumnRole.allCases { columns[role] = header.column(role) }
        var explanation: String?
        let responsible = header.roles.indices.filter { header.roles[$0] == .responsible }
        if columns[.result] == nil, responsible.count >= 2 {
            let scores = responsible.map { column in
                items.reduce(0) { $0 + $1.parts[column].filter(Self.hasInitials).count }
            }
            let best = responsible[scores.firstIndex(of: scores.max()!)!]
            let other = responsible.first { $0 != best }!
            columns[.responsible] = best
            columns[.result] = other
            explanation = "столбец «\(header.names[other])» прочитан как результаты: так стоит столбец результатов, а фамилии с инициалами — в столбце «\(header.names[best])»"
        }
        let used = Set(columns.values)
        unread = header.roles.indices.filter { header.roles[$0] != nil && !used.contains($0) }
        self.columns = columns
        self.explanation = explanation
    }

    static func hasInitials(_ text: String) -> Bool {
        text.range(of: #"[А-ЯЁ][а-яё]+ [А-ЯЁ]\. ?[А-ЯЁ]\."#, options: .regularExpression) != nil
    }
}
