/// Where a measure stands for one occurrence (and one school).
public enum Status: String, Hashable, Sendable, CaseIterable {
    case planned
    case inProgress = "in-progress"
    case done
    case notDone = "not-done"
    case cancelled

    /// The word the documents use.
    public var russian: String {
        switch self {
        case .planned: return "запланировано"
        case .inProgress: return "выполняется"
        case .done: return "выполнено"
        case .notDone: return "не выполнено"
        case .cancelled: return "отменено"
        }
    }

    /// Done and cancelled occurrences are never overdue.
    public var isClosed: Bool { self == .done || self == .cancelled }
}

/// Which progress record: a measure, the school when the measure is per
/// school, and the occurrence's last day when the measure has several.
public struct ProgressKey: Hashable, Sendable, Comparable {
    public var measure: String
    public var school: String?
    public var occurrence: Day?

    public init(measure: String, school: String? = nil, occurrence: Day? = nil) {
        self.measure = measure
        self.school = school
        self.occurrence = occurrence
    }

    /// Hashes the day as one number: keys are looked up hundreds of
    /// thousands of times per overdue query in a region.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(measure)
        hasher.combine(school)
        hasher.combine(occurrence.map { $0.year &* 512 &+ $0.month &* 32 &+ $0.day } ?? -1)
    }

    public static func < (a: ProgressKey, b: ProgressKey) -> Bool {
        if a.measure != b.measure { return a.measure.compare(numbering: b.measure) }
        if a.school != b.school { return (a.school ?? "") < (b.school ?? "") }
        return (a.occurrence?.ordinal ?? -1) < (b.occurrence?.ordinal ?? -1)
    }
}

/// One change, as the history keeps it: nothing in it is ever rewritten.
public struct HistoryEntry: Hashable, Sendable {
    /// ISO 8601 timestamp with offset: `2021-03-01T10:15:00+03:00`.
    public var at: String
    public var by: String
    public var status: Status
    public var note: String?
    public var doneOn: Day?

    public init(at: String, by: String, status: Status, note: String? = nil, doneOn: Day? = nil) {
        self.at = at
        self.by = by
        self.status = status
        self.note = note
        self.doneOn = doneOn
    }
}

/// The current state of one occurrence plus every change that led to it;
/// the current fields always equal the last history entry.
public struct ProgressRecord: Hashable, Sendable {
    public var key: ProgressKey
    public var history: [HistoryEntry]

    public init(key: ProgressKey, history: [HistoryEntry]) {
        self.key = key
        self.history = history
    }

    public var current: HistoryEntry? { history.last }
    public var status: Status { history.last?.status ?? .planned }
    /// «отметка о выполнении».
    public var note: String? { history.last?.note }
    public var doneOn: Day? { history.last?.doneOn }
    public var by: String? { history.last?.by }
}

extension String {
    /// Orders «2.9» before «2.10» and «1.» before «2»: measure and section
    /// numbers compare part by part as numbers where they are numbers.
    /// Walks both strings in place: sorting a region's records calls this
    /// millions of times, so it allocates nothing.
    public func compare(numbering other: String) -> Bool {
        var a = NumberingParts(self), b = NumberingParts(other)
        while true {
            guard let x = a.next() else { return b.next() != nil }
            guard let y = b.next() else { return false }
            if x == y { continue }
            if let i = Int(x), let j = Int(y) { return i < j }
            return x < y
        }
    }
}

/// The parts of «2.10.» between dots, empty ones skipped, as slices of the text.
private struct NumberingParts {
    let text: String
    var position: String.Index

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    mutating func next() -> Substring? {
        let utf8 = text.utf8
        let dot = UInt8(ascii: ".")
        while position < text.endIndex, utf8[position] == dot { position = utf8.index(after: position) }
        guard position < text.endIndex else { return nil }
        let start = position
        while position < text.endIndex, utf8[position] != dot { position = utf8.index(after: position) }
        return text[start..<position]
    }
}
