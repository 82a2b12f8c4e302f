/// Separates bracketed remarks from the dates of a cell:
/// «Декабрь 2020 года – май 2021 года (по отдельному графику)».
struct DeadlineRemarks {
    /// The cell without its brackets.
    var body: String
    /// Each bracketed remark, tidied: spaces collapsed, trailing dots dropped.
    var remarks: [String]

    /// Nil when a closing bracket has no opening one. An opening bracket
    /// left unclosed runs to the end of the cell (cells are cut by page breaks).
    init?(_ text: String) {
        var body = ""
        var remarks: [String] = []
        var current = ""
        var depth = 0
        for c in text {
            switch c {
            case "(":
                if depth > 0 { current.append(c) } else { body.append(" ") }
                depth += 1
            case ")":
                guard depth > 0 else { return nil }
                depth -= 1
                if depth > 0 { current.append(c) } else { remarks.append(current); current = "" }
            default:
                if depth > 0 { current.append(c) } else { body.append(c) }
            }
        }
        if depth > 0 { remarks.append(current) }
        self.body = body
        self.remarks = remarks.map(DeadlineRemarks.tidy).filter { !$0.isEmpty }
    }

    static func tidy(_ text: String) -> String {
        var words = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        while let last = words.last, last == "." || last == "," || last == ";" || last == " " {
            words.removeLast()
        }
        return words
    }
}
