/// The two bottom lines while a form or a question is open: what to do
/// now, and the keys that do it.
enum FormStatus {
    static func text(_ state: AppState) -> (text: String, role: Role)? {
        if let question = state.confirmation { return (question.question(state), .error) }
        guard let form = state.form else { return nil }
        if form.confirmingCancel {
            return ("Изменения не сохранены. Esc — выйти без сохранения, F2 — сохранить, другая клавиша — вернуться", .error)
        }
        if let message = state.message { return (message.text, message.isError ? .error : .status) }
        return (advice(form.focusedField), .muted)
    }

    static func hints(_ state: AppState) -> [(String, String)]? {
        if state.confirmation != nil {
            if case .removeSchool = state.confirmation { return [("в", "выбывает"), ("у", "удалить"), ("Esc", "нет")] }
            return [("Enter", "удалить"), ("Esc", "нет")]
        }
        guard let form = state.form else { return nil }
        let field = form.focusedField
        var hints = field.isWrapped
            ? [("F2", "сохранить"), ("Esc", "отменить"), ("Tab ↑↓", "поле"), ("Enter", "пробел")]
            : [("Enter F2", "сохранить"), ("Esc", "отменить"), ("Tab ↑↓", "поле")]
        switch field.kind {
        case .text: hints += [("Ctrl-← →", "по словам"), ("Home End", "начало, конец")]
        case .choice: hints += [("← → Пробел", "выбрать")]
        case .toggles: hints += [("← →", "пункт"), ("Пробел", "отметить")]
        }
        return hints
    }

    /// What the focused field expects, in a few words.
    private static func advice(_ field: FormField) -> String {
        switch field.id {
        case .number: return "номер, как он напечатан: «2.10», «1.1.»"
        case .title, .name, .result, .notes, .sectionTitle:
            return "длинный текст переносится сам; сохранить — F2 (Enter здесь — пробел)"
        case .deadline: return "срок, как он напечатан: «Ноябрь-декабрь 2022 г.», «Ежемесячно», «до 30.10.2022»"
        case .responsible: return "несколько ответственных — через «;»"
        case .partners: return "краткие названия школ программы или названия других школ, через «;»"
        case .growthPointDate, .joined: return "дата: ДД.ММ.ГГГГ"
        case .orderIssuer: return "кто утвердил дорожную карту: «Управление образования администрации …»"
        case .orderDate: return "дата приказа: ДД.ММ.ГГГГ"
        case .orderNumber: return "номер приказа, как он напечатан: «378-а»"
        case .appendix: return "строка в правом верхнем углу: «Приложение № 1 к письму … от … № …»; пусто — без неё"
        case .signerPosition: return "должность того, кто подписывает справку: «Начальник Управления образования»"
        case .signerName: return "инициалы и фамилия, как в подписи: «Н.Г. Гвоздкова»"
        case .executor, .executorPhone: return "исполнитель и телефон — внизу последней страницы справки"
        case .scopeSchools, .programmes, .riskFactors: return "← → — пункт, Пробел — отметить"
        case .section, .scope, .growthPoint: return "← → или Пробел — выбрать"
        default: return "Tab — следующее поле"
        }
    }
}
