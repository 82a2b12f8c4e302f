import Foundation

/// The справка's requisites and the approving order, as the coordinator
/// types them in the dashboard: kept in roadmap.json, printed by every
/// справка of the roadmap.
extension RoadmapData {
    public func problems(with requisites: ReportRequisites, order: ApprovingOrder?) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if let order, order.number.isEmpty, order.date != nil || order.issuer != nil {
            problems.append(FieldProblem(.orderNumber, "укажите номер приказа («378-а») или очистите дату и издателя"))
        }
        if requisites.signerName != nil, requisites.signerPosition == nil {
            problems.append(FieldProblem(.signerPosition, "укажите должность подписывающего («Начальник Управления образования»)"))
        }
        if requisites.executorPhone != nil, requisites.executor == nil {
            problems.append(FieldProblem(.executor, "телефон указан, а исполнитель — нет"))
        }
        if let phone = requisites.executorPhone, !phone.contains(where: \.isNumber) {
            problems.append(FieldProblem(.executorPhone, "в телефоне «\(phone)» нет цифр"))
        }
        return problems
    }

    /// Replaces the requisites and the order; empty texts are dropped, so an
    /// emptied field leaves the справка without that line.
    public mutating func updateRequisites(_ draft: ReportRequisites, order: ApprovingOrder?) throws(EditError) {
        let requisites = Self.normalized(draft)
        let order = order.map(Self.normalized).flatMap { $0.number.isEmpty && $0.date == nil && $0.issuer == nil ? nil : $0 }
        let problems = problems(with: requisites, order: order)
        guard problems.isEmpty else { throw EditError(problems) }
        roadmap.requisites = requisites
        roadmap.order = order
    }

    private static func normalized(_ r: ReportRequisites) -> ReportRequisites {
        ReportRequisites(appendix: cleaned(r.appendix), signerPosition: cleaned(r.signerPosition),
                         signerName: cleaned(r.signerName), executor: cleaned(r.executor),
                         executorPhone: cleaned(r.executorPhone))
    }

    private static func normalized(_ order: ApprovingOrder) -> ApprovingOrder {
        ApprovingOrder(number: cleaned(order.number) ?? "", date: order.date, issuer: cleaned(order.issuer))
    }

    private static func cleaned(_ text: String?) -> String? {
        let words = text?.split(whereSeparator: \.isWhitespace).joined(separator: " ") ?? ""
        return words.isEmpty ? nil : words
    }
}
