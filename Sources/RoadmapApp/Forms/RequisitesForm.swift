import RoadmapModel

/// The справка's requisites form (`E`): the approving order as the справка
/// cites it, the appendix line, the signature and the executor at the foot.
enum RequisitesForm {
    struct Draft {
        var requisites: ReportRequisites
        var order: ApprovingOrder?
    }

    static func edit(_ roadmap: Roadmap) -> Form {
        let r = roadmap.requisites, order = roadmap.order
        return Form(.editRequisites, title: "Реквизиты справки", fields: [
            FormField(.orderIssuer, "Кем утверждена", text: order?.issuer ?? "", rows: 2),
            FormField(.orderDate, "Дата приказа", text: order?.date?.russian ?? ""),
            FormField(.orderNumber, "Номер приказа", text: order?.number ?? ""),
            FormField(.appendix, "Приложение", text: r.appendix ?? "", rows: 2),
            FormField(.signerPosition, "Должность", text: r.signerPosition ?? "", rows: 2),
            FormField(.signerName, "Подпись", text: r.signerName ?? ""),
            FormField(.executor, "Исполнитель", text: r.executor ?? ""),
            FormField(.executorPhone, "Телефон", text: r.executorPhone ?? ""),
        ])
    }

    /// What the form says now, or the date it could not read.
    static func draft(_ form: Form) -> Result<Draft, EditError> {
        let dateText = form.text(.orderDate).trimmingCharacters(in: .whitespaces)
        let date = Day.parse(dateText)
        if !dateText.isEmpty, date == nil {
            return .failure(EditError(.orderDate, "дата «\(dateText)» не прочитана: нужен вид ДД.ММ.ГГГГ"))
        }
        let requisites = ReportRequisites(appendix: form.text(.appendix), signerPosition: form.text(.signerPosition),
                                          signerName: form.text(.signerName), executor: form.text(.executor),
                                          executorPhone: form.text(.executorPhone))
        let order = ApprovingOrder(number: form.text(.orderNumber), date: date, issuer: form.text(.orderIssuer))
        return .success(Draft(requisites: requisites, order: order))
    }
}
