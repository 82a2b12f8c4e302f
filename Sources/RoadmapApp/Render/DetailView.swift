import TextWidth
import RoadmapModel

/// The selected measure in full (Enter opens, Esc closes): title, deadline
/// as printed and as read, responsible, expected result, status per
/// school, completion note, history.
enum DetailView {
    struct Line: Hashable {
        var text: String
        var role: Role
    }

    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        grid.box(rect, title: "Мероприятие — Esc закрыть", focused: state.focus != .schools)
        let inner = rect.inner
        guard inner.width > 2, inner.height > 0 else { return }
        let all = lines(state, width: textWidth(inner))
        let first = max(0, min(state.detailScroll, all.count - inner.height))
        for (row, line) in all.dropFirst(first).prefix(inner.height).enumerated() {
            grid.put(line.text, x: inner.x + 1, y: inner.y + row, role: line.role, limit: textWidth(inner))
        }
    }

    /// The text keeps a column of air on each side of the box; scrolling
    /// counts lines wrapped at this same width.
    static func textWidth(_ inner: Rect) -> Int { inner.width - 2 }

    /// Every line of the detail at a width; update uses the count to bound scrolling.
    static func lines(_ state: AppState, width: Int) -> [Line] {
        guard let measure = state.focusedMeasure, width > 0 else {
            return [Line(text: "мероприятие не выбрано", role: .muted)]
        }
        var out: [Line] = []
        func add(_ text: String, _ role: Role = .normal) {
            out += Wrap.lines(text, width: width).map { Line(text: $0, role: role) }
        }
        add("\(measure.number) \(measure.title)", .title)
        if let section = state.data.roadmap.sections.first(where: { $0.number == measure.section }) {
            add("Раздел \(section.number). \(section.title)", .muted)
        }
        out.append(Line(text: "", role: .normal))
        let deadline = state.schedule.deadline(of: measure)
        add("Срок исполнения: \(measure.deadline)")
        add(reading(deadline), deadline.isRecognized ? .normal : .unscheduled)
        add("Ответственные: " + (measure.responsible.isEmpty ? "не указаны" : measure.responsible.joined(separator: "; ")))
        add("Ожидаемый результат: " + (measure.result ?? "не указан"))
        if let notes = measure.notes { add("Примечание: \(notes)", .muted) }
        out.append(Line(text: "", role: .normal))
        let (window, keys) = occurrence(state, measure)
        if let window { add("Срок: " + occurrenceText(state, window, keys), .title) }
        for hint in laterHints(state, keys) { add(hint, .muted) }
        for key in keys { statusLines(state, key, window: window, deadline: deadline.kind, add: add) }
        let history = keys.compactMap { state.record($0) }.flatMap { record in
            record.history.map { (record.key.school, $0) }
        }.sorted { $0.1.at > $1.1.at }
        out.append(Line(text: "", role: .normal))
        add(history.isEmpty ? "История: изменений нет" : "История:", history.isEmpty ? .muted : .title)
        for (school, entry) in history.prefix(200) {
            let whom = school.flatMap { state.data.school($0)?.shortName }.map { " [\($0)]" } ?? ""
            let note = entry.note.map { " — \($0)" } ?? ""
            let on = entry.doneOn.map { " \($0.russian)" } ?? ""
            add("\(Timestamp.russian(entry.at)) \(entry.by)\(whom): \(entry.status.russian)\(on)\(note)", .muted)
        }
        return out
    }

    /// «Срок прочитан: …» or «срок не распознан».
    static func reading(_ deadline: Deadline) -> String {
        switch deadline.kind {
        case .unrecognized: return "срок не распознан"
        case .unscheduled: return "Срок прочитан: без дат" + (deadline.qualifier.map { " (\($0))" } ?? "")
        default:
            let windows = deadline.windows.indices.map { index in
                (deadline.name(ofWindow: index).map { "\($0): " } ?? "") + RussianText.window(deadline.windows[index])
            }
            let shown = windows.count > 4 ? windows.prefix(3) + ["… всего \(windows.count)"] : windows[...]
            return "Срок прочитан: " + shown.joined(separator: "; ")
        }
    }

    /// The occurrence the detail is about and its progress keys (one per
    /// school shown).
    private static func occurrence(_ state: AppState, _ measure: Measure) -> (DateWindow?, [ProgressKey]) {
        if state.focus == .overdue, let item = state.detailPin ?? state.selectedOverdue?.occurrence {
            return (item.window, [item.key])
        }
        let window = state.selectedWindow
        let keys = Marking.targets(state) ?? []
        return (window, keys)
    }

    /// «01.05.2022 – 31.05.2022», and for one of several occurrences its
    /// name first («май 2022 г.: …»): a mark says which one it concerns.
    private static func occurrenceText(_ state: AppState, _ window: DateWindow, _ keys: [ProgressKey]) -> String {
        let dates = RussianText.window(window)
        guard let name = keys.first.flatMap({ state.schedule.occurrenceName(of: $0, in: state.data) }) else { return dates }
        return "\(name): \(dates)"
    }

    /// The history below lists every change, the status lines only those
    /// that count on the date on screen: say once, above the schools, what
    /// lies after that date — a «выполнено» dated later (not counted yet),
    /// and marks counted here but recorded later (looking back, a
    /// coordinator's marks carry the real time of the change).
    static func laterHints(_ state: AppState, _ keys: [ProgressKey]) -> [String] {
        let records = keys.compactMap { state.record($0) }
        let asOf = state.asOf.russian
        var hints: [String] = []
        let doneLater = records.compactMap(\.current).filter { !$0.counts(asOf: state.asOf) }.compactMap(\.doneOn).max()
        if let doneLater {
            hints.append("Выполнено \(doneLater.russian) — позже даты «по состоянию на» \(asOf): на эту дату не учтено")
        }
        let recordedLater = records.compactMap { $0.entry(asOf: state.asOf) }
            .compactMap { Day.parse(String($0.at.prefix(10))) }.filter { $0 > state.asOf }.max()
        if let recordedLater {
            hints.append("Отмечено \(recordedLater.russian) — позже даты «по состоянию на» \(asOf)")
        }
        return hints
    }

    /// The occurrence's state for one school as of the as-of date, in the
    /// справка's own sentence (`StateSentence`), the glyph and colour of its
    /// group in front and how late it is after it.
    private static func statusLines(_ state: AppState, _ key: ProgressKey, window: DateWindow?,
                                    deadline kind: DeadlineKind, add: (String, Role) -> Void) {
        let entry = state.entry(of: key)
        let status = entry?.status ?? .planned
        let shown = ShownStatus(status, window: window, asOf: state.asOf)
        let whom = key.school.flatMap { state.data.school($0)?.shortName } ?? "муниципальный уровень"
        var sentence = StateSentence.of(status: status, doneOn: entry?.doneOn, window: window, deadline: kind,
                                        asOf: state.asOf)
        let late = late(shown, window: window, asOf: state.asOf)
        if !late.isEmpty { sentence = String(sentence.dropLast()) + ", просрочено" + late + "." }
        add("\(shown.glyph) \(whom) — \(sentence)", shown.role)
        add("Отметка о выполнении: " + (entry?.note ?? "нет"), .normal)
    }

    /// « на 46 дней» after «просрочено»: how late says how urgent.
    static func late(_ shown: ShownStatus, window: DateWindow?, asOf: Day) -> String {
        guard shown == .overdue, let window else { return "" }
        let days = window.end.days(until: asOf)
        return days > 0 ? " на " + RussianText.count(days, "день", "дня", "дней") : ""
    }
}
