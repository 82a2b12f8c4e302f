/// One piece of a deadline phrase after normalisation.
struct DeadlineToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// Lower case, «ё» read as «е», Latin look-alikes inside Cyrillic
        /// words read as Cyrillic, OCR damage repaired when it can be.
        case word(String)
        /// Digits, with an ordinal ending («3-й», «25-го») dropped.
        case number(Int, digits: Int)
        /// `DD.MM.YYYY`, `D.M.YYYY`, `DD.MM.YY` (20YY), or `DD.MM` without a year.
        case date(day: Int, month: Int, year: Int?)
        /// A time of day, «12.00» or «18:00»: the day it stands by is the deadline.
        case time(hour: Int, minute: Int)
        /// Any dash: - – — ‒ − ‐ ‑ ―.
        case dash
        /// «,» or «;».
        case separator
        case slash
        /// Anything else: stray punctuation, control characters. No rule
        /// accepts it, so a phrase holding one is never read as a date.
        case other(Character)
    }

    var kind: Kind
    /// The text as written, case kept: qualifiers are shown this way.
    var original: String

    var word: String? {
        if case .word(let w) = kind { return w }
        return nil
    }

    /// «ОО», «УО», «ИМЦ»: capitals that name who owns a plan.
    var isAbbreviation: Bool {
        guard case .word = kind, original.count >= 2 else { return false }
        return original.allSatisfy { $0.isUppercase }
    }
}
