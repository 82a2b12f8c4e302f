/// One time a measure is due, for one school when it is per school.
public struct Occurrence: Hashable, Sendable {
    public var key: ProgressKey
    /// Nil when the deadline has no dates (unscheduled or unrecognised).
    public var window: DateWindow?

    public init(key: ProgressKey, window: DateWindow?) {
        self.key = key
        self.window = window
    }

    public var measure: String { key.measure }
    public var school: String? { key.school }
    public var due: Day? { window?.end }
}

/// Every measure's deadline read once against the roadmap, and its
/// occurrences expanded: derived from the data, never stored.
public struct Schedule: Hashable, Sendable {
    public let deadlines: [String: Deadline]

    public init(_ data: RoadmapData) {
        self.init(data.measures, of: data.roadmap)
    }

    /// The deadlines of these measures only: a command about one measure
    /// need not read the others'.
    public init(_ measures: [Measure], of roadmap: Roadmap) {
        let context = roadmap.deadlineContext
        var deadlines: [String: Deadline] = [:]
        for measure in measures {
            deadlines[measure.id] = DeadlineParser.parse(measure.deadline, in: context)
        }
        self.deadlines = deadlines
    }

    /// A schedule from deadlines read elsewhere (keyed by measure id): lets
    /// the app and its tests work from known windows.
    public init(deadlines: [String: Deadline]) {
        self.deadlines = deadlines
    }

    public func deadline(of measure: Measure) -> Deadline {
        deadlines[measure.id] ?? Deadline(phrase: measure.deadline, kind: .unrecognized)
    }

    /// The occurrence key a window is recorded under: the window's last day
    /// when the deadline has several windows, nothing when it has one.
    public func occurrenceDay(for window: DateWindow, of measure: Measure) -> Day? {
        deadline(of: measure).windows.count > 1 ? window.end : nil
    }

    /// Occurrences of one measure, per school when it is per school. A
    /// school counts for an occurrence only if it was in the programme on
    /// the occurrence's last day.
    public func occurrences(of measure: Measure, in data: RoadmapData) -> [Occurrence] {
        var result: [Occurrence] = []
        forEachOccurrence(of: measure, in: data) { result.append($0) }
        return result
    }

    /// The same occurrences one by one, none kept: a recurring measure of
    /// a region has one per school and deadline, tens of thousands.
    public func forEachOccurrence(of measure: Measure, in data: RoadmapData, _ body: (Occurrence) -> Void) {
        let deadline = deadline(of: measure)
        let windows: [DateWindow?] = deadline.windows.isEmpty ? [nil] : deadline.windows
        let several = deadline.windows.count > 1
        let schools = data.schools(for: measure)
        for window in windows {
            let day = several ? window?.end : nil
            if measure.scope.isPerSchool {
                for school in schools where Schedule.takesPart(school, in: window) {
                    body(Occurrence(key: ProgressKey(measure: measure.id, school: school.id, occurrence: day), window: window))
                }
            } else {
                body(Occurrence(key: ProgressKey(measure: measure.id, occurrence: day), window: window))
            }
        }
    }

    /// A school counts for an occurrence if it was in the programme on the
    /// occurrence's last day; for undated ones, if it has not left.
    static func takesPart(_ school: School, in window: DateWindow?) -> Bool {
        guard let window else { return school.left == nil }
        return school.isActive(on: window.end)
    }

    /// Finds the occurrence a date points at: the window containing it, else
    /// the window ending on it. Used by `mark --occurrence`.
    public func occurrenceDay(of measure: Measure, containing day: Day) -> Day?? {
        let deadline = deadline(of: measure)
        guard deadline.windows.count > 1 else { return .some(nil) }
        if let window = deadline.windows.first(where: { $0.contains(day) }) { return .some(window.end) }
        return nil
    }
}
