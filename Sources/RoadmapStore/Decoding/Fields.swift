import RoadmapModel

/// Reads the fields of one JSON object, reporting every missing, mistyped or
/// unknown field against the record's label and the field's position.
struct Fields {
    let members: [JSONMember]
    let position: SourcePosition
    let label: Label
    let log: FileLog

    /// Nil (after reporting) when the node is not an object.
    init?(_ node: JSONNode, label: Label, log: FileLog, what: String = "объектом") {
        guard case .object(let members) = node.value else {
            log.error(label.message("должно быть \(what)"), at: node.position)
            return nil
        }
        self.members = members
        self.position = node.position
        self.label = label
        self.log = log
    }

    private init(members: [JSONMember], position: SourcePosition, label: Label, log: FileLog) {
        self.members = members
        self.position = position
        self.label = label
        self.log = log
    }

    /// The same object read under another label (a nested record).
    func relabeled(_ label: Label) -> Fields {
        Fields(members: members, position: position, label: label, log: log)
    }

    // MARK: Looking up

    /// The field's node; a `null` counts as absent, as a hand editor means by it.
    func node(_ key: String) -> JSONNode? {
        for member in members where member.key == key {
            if case .null = member.value.value { return nil }
            return member.value
        }
        return nil
    }

    func has(_ key: String) -> Bool { node(key) != nil }

    func missing(_ key: String) {
        log.error(label.message("нет обязательного поля \(key)"), at: position)
    }

    func wrongType(_ key: String, _ expected: String, at node: JSONNode) {
        log.error(label.message("поле \(key) должно быть \(expected)"), at: node.position)
    }

    func invalid(_ key: String, _ problem: String, at node: JSONNode) {
        log.error(label.message("поле \(key): \(problem)"), at: node.position)
    }

    /// Warns about fields the format does not know: a typo in a hand-edited
    /// file would otherwise silently lose the value.
    func warnUnknown(allowed: [String]) {
        for member in members where !allowed.contains(member.key) {
            var text = "неизвестное поле «\(Quote.visible(member.key))» пропущено"
            if let guess = Spelling.closest(to: member.key, among: allowed) {
                text += "; может быть, имелось в виду \(guess)?"
            }
            log.warning(label.message(text), at: member.keyPosition)
        }
    }

    // MARK: Typed fields

    func string(_ key: String, required: Bool = false, nonEmpty: Bool = false) -> String? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .string(let text) = node.value else {
            wrongType(key, "строкой", at: node)
            return nil
        }
        if nonEmpty, text.allSatisfy(\.isWhitespace) {
            invalid(key, "пустая строка", at: node)
            return nil
        }
        warnHidden(key, text, at: node)
        return text
    }

    /// Text is kept as typed, but what `DisplayText` would change shows
    /// differently from the file: a warning names the characters, so a
    /// pasted override that reverses a title on screen is found and removed.
    func warnHidden(_ key: String, _ text: String, at node: JSONNode) {
        let hidden = DisplayText.hazards(in: text)
        guard !hidden.isEmpty else { return }
        var codes = hidden.prefix(6).map { Quote.codePoint($0.value) }.joined(separator: ", ")
        if hidden.count > 6 { codes += " и ещё \(hidden.count - 6)" }
        log.warning(label.message("поле \(key) содержит символы, которые не показываются как есть: \(codes) — "
            + "управляющие символы выводятся как «�», знаки направления письма (они переставляют буквы) опускаются; уберите их"),
                    at: node.position)
    }

    func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        guard case .bool(let value) = node.value else {
            wrongType(key, "true или false", at: node)
            return nil
        }
        return value
    }

    func array(_ key: String, required: Bool = false) -> [JSONNode]? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .array(let items) = node.value else {
            wrongType(key, "списком", at: node)
            return nil
        }
        return items
    }

    /// A list of strings; wrong elements are reported one by one and left out.
    func strings(_ key: String, required: Bool = false) -> [String]? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .array(let items) = node.value else {
            wrongType(key, "списком строк", at: node)
            return nil
        }
        var result: [String] = []
        for (i, item) in items.enumerated() {
            guard case .string(let text) = item.value else {
                log.error(label.message("поле \(key): элемент \(i + 1) должен быть строкой"), at: item.position)
                continue
            }
            warnHidden("\(key) (элемент \(i + 1))", text, at: item)
            result.append(text)
        }
        return result
    }

    func object(_ key: String, required: Bool = false) -> Fields? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .object(let members) = node.value else {
            wrongType(key, "объектом", at: node)
            return nil
        }
        return Fields(members: members, position: node.position, label: label, log: log)
    }

    /// An ISO day `YYYY-MM-DD` that exists in the calendar.
    func day(_ key: String, required: Bool = false) -> Day? {
        guard let text = string(key, required: required), let node = node(key) else { return nil }
        switch ISODay.parse(text) {
        case .day(let day): return day
        case .malformed:
            invalid(key, "ожидалась дата вида ГГГГ-ММ-ДД, а записано «\(Quote.visible(text))»", at: node)
        case .nonexistent:
            invalid(key, "дата \(text) не существует", at: node)
        }
        return nil
    }

    /// An ISO 8601 timestamp with offset: `2021-03-01T10:15:00+03:00`.
    func timestamp(_ key: String, required: Bool = false) -> String? {
        guard let text = string(key, required: required), let node = node(key) else { return nil }
        guard Instant(text) != nil else {
            invalid(key, "ожидалось время вида 2021-03-01T10:15:00+03:00, а записано «\(Quote.visible(text))»", at: node)
            return nil
        }
        return text
    }

    func status(_ key: String, required: Bool = false) -> Status? {
        guard let text = string(key, required: required), let node = node(key) else { return nil }
        guard let status = Status(rawValue: text) else {
            let valid = Status.allCases.map(\.rawValue).joined(separator: ", ")
            invalid(key, "неизвестный статус «\(Quote.visible(text))»; допустимы: \(valid)", at: node)
            return nil
        }
        return status
    }
}
