import Foundation
import RoadmapModel

/// The roadmap's deadlines as an iCalendar file for the department's
/// calendar program: one to-do per occurrence (per school when a measure is
/// per school), due on the window's last day — and, since Google Calendar
/// and Outlook import only events, optionally an all-day event on that day,
/// with a reminder some days before.
public struct RoadmapCalendar: Sendable {
    /// What each deadline becomes.
    public enum Form: String, Sendable, CaseIterable {
        case todo, event, both
    }
    /// The `.ics` text, CRLF line ends, folded.
    public var text: String
    public var todoCount: Int
    /// Measures left out because their deadline has no dates
    /// («по отдельному плану») or could not be read.
    public var undated: [Measure]

    /// `stamp` is when the file is made (DTSTAMP, required by RFC 5545).
    public init(data: RoadmapData, schedule: Schedule, school: String? = nil, stamp: Date = Date(),
                form: Form = .todo, reminderDays: Int? = nil) {
        var text = ""
        let written = Self.write(data: data, schedule: schedule, school: school, stamp: stamp, form: form,
                                 reminderDays: reminderDays, to: &text)
        self.text = text
        self.todoCount = written.count
        self.undated = written.undated
    }

    /// What a written calendar holds besides its text.
    public struct Written: Sendable {
        public var count: Int
        public var undated: [Measure]
        public init(count: Int, undated: [Measure]) {
            self.count = count
            self.undated = undated
        }
    }

    /// The calendar written into `out` entry by entry, never whole in memory.
    public static func write(data: RoadmapData, schedule: Schedule, school: String? = nil, stamp: Date = Date(),
                             form: Form = .todo, reminderDays: Int? = nil,
                             to out: inout some TextOutputStream) -> Written {
        write(data: data, current: { data.record($0)?.current.map(EntryTable.Entry.init) }, schedule: schedule,
              school: school, stamp: stamp, form: form, reminderDays: reminderDays, to: &out)
    }

    /// The same from the plan and a table of each record's current entry
    /// (`EntryTable.Choice.current`): a region's calendar without its
    /// records in memory.
    public static func write(plan: RoadmapData, entries: EntryTable, schedule: Schedule, school: String? = nil,
                             stamp: Date = Date(), form: Form = .todo, reminderDays: Int? = nil,
                             to out: inout some TextOutputStream) -> Written {
        precondition(entries.choice == .current, "the calendar shows each record's current entry")
        return write(data: plan, current: { entries.entry(of: $0) }, schedule: schedule, school: school, stamp: stamp,
                     form: form, reminderDays: reminderDays, to: &out)
    }

    private static func write(data: RoadmapData, current: (ProgressKey) -> EntryTable.Entry?, schedule: Schedule,
                              school: String?, stamp: Date, form: Form, reminderDays: Int?,
                              to out: inout some TextOutputStream) -> Written {
        let roadmap = data.roadmap
        let sections = Dictionary(roadmap.sections.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        let schools = SchoolLookup(data.schools)
        // The roadmap's identity in every UID, so two roadmaps never collide
        // and a regenerated file updates the same to-dos.
        let origin = StableID.fingerprint("\(roadmap.municipality)\n\(roadmap.title)\n\(roadmap.period)")
        ICalendarText.write([
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//roadmap//Дорожная карта ШНОР//RU", "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:" + ICalendarText.escape(roadmap.title),
        ], to: &out)
        var count = 0
        var undated: [Measure] = []
        let dtstamp = RoadmapCalendar.utc(stamp)
        for measure in data.measures {
            if school != nil && !measure.scope.isPerSchool { continue }
            if schedule.deadline(of: measure).windows.isEmpty {
                var named = false
                schedule.forEachOccurrence(of: measure, in: data) { named = named || school == nil || $0.school == school }
                if named { undated.append(measure) }
                continue
            }
            let section = sections[measure.section].map { "\($0.number). \($0.title)" } ?? measure.section
            // One occurrence at a time: a recurring measure of a region has tens of thousands.
            schedule.forEachOccurrence(of: measure, in: data) { occurrence in
                guard school == nil || occurrence.school == school, let window = occurrence.window else { return }
                let entry = Entry(measure: measure, window: window, school: occurrence.school.flatMap { schools[$0]?.value },
                                  record: current(occurrence.key), section: section,
                                  uid: "\(RoadmapCalendar.uidPart(occurrence.key))-\(origin)@roadmap", stamp: dtstamp)
                if form != .event { ICalendarText.write(RoadmapCalendar.todo(entry, reminderDays: reminderDays), to: &out) }
                if form != .todo { ICalendarText.write(RoadmapCalendar.event(entry, reminderDays: reminderDays), to: &out) }
                count += 1
            }
        }
        ICalendarText.write(["END:VCALENDAR"], to: &out)
        return Written(count: count, undated: undated)
    }

    /// One occurrence with what both forms say about it.
    struct Entry {
        var measure: Measure
        var window: DateWindow
        var school: School?
        /// The record's current entry.
        var record: EntryTable.Entry?
        var section: String
        var uid: String
        var stamp: String

        var status: Status { record?.status ?? .planned }

        var summary: String {
            var summary = "\(measure.number) \(measure.title)"
            if let school { summary += " — \(school.shortName)" }
            return summary
        }

        var description: String {
            var lines: [String] = []
            if let school { lines.append("Школа: \(school.name)") }
            lines.append("Срок по плану: \(measure.deadline)")
            if !measure.responsible.isEmpty { lines.append("Ответственные: \(measure.responsible.joined(separator: ", "))") }
            if let note = record?.note, !note.isEmpty { lines.append("Отметка о выполнении: \(note)") }
            return lines.joined(separator: "\n")
        }
    }

    static func todo(_ entry: Entry, reminderDays: Int?) -> [String] {
        var lines = [
            "BEGIN:VTODO",
            "UID:" + entry.uid,
            "DTSTAMP:" + entry.stamp,
            "DTSTART;VALUE=DATE:" + entry.window.start.basic,
            "DUE;VALUE=DATE:" + entry.window.end.basic,
            "SUMMARY:" + ICalendarText.escape(entry.summary),
            "DESCRIPTION:" + ICalendarText.escape(entry.description),
            "CATEGORIES:" + ICalendarText.escape(entry.section),
            "STATUS:" + statusName(entry.status),
        ]
        if entry.status == .done {
            lines.append("PERCENT-COMPLETE:100")
            if let doneOn = entry.record?.doneOn { lines.append("COMPLETED:\(doneOn.basic)T120000Z") }
        }
        lines += alarm(entry, days: reminderDays)
        lines.append("END:VTODO")
        return lines
    }

    /// An all-day event on the deadline's day (DTEND is the next day, as
    /// RFC 5545 counts all-day events), free time, so it never blocks a diary.
    static func event(_ entry: Entry, reminderDays: Int?) -> [String] {
        let prefix = entry.status == .done ? "✓ " : "Срок: "
        var lines = [
            "BEGIN:VEVENT",
            "UID:event-" + entry.uid,
            "DTSTAMP:" + entry.stamp,
            "DTSTART;VALUE=DATE:" + entry.window.end.basic,
            "DTEND;VALUE=DATE:" + entry.window.end.adding(days: 1).basic,
            "SUMMARY:" + ICalendarText.escape(prefix + entry.summary),
            "DESCRIPTION:" + ICalendarText.escape(entry.description),
            "CATEGORIES:" + ICalendarText.escape(entry.section),
            "TRANSP:TRANSPARENT",
            "STATUS:" + (entry.status == .cancelled ? "CANCELLED" : "CONFIRMED"),
        ]
        lines += alarm(entry, days: reminderDays)
        lines.append("END:VEVENT")
        return lines
    }

    /// A reminder `days` before the deadline, not for what is closed.
    static func alarm(_ entry: Entry, days: Int?) -> [String] {
        guard let days, !entry.status.isClosed else { return [] }
        return ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P\(days)D",
                "DESCRIPTION:" + ICalendarText.escape("Срок через \(days) дн.: \(entry.summary)"), "END:VALARM"]
    }

    /// RFC 5545 to-do statuses; «не выполнено» still needs action.
    static func statusName(_ status: Status) -> String {
        switch status {
        case .done: return "COMPLETED"
        case .inProgress: return "IN-PROCESS"
        case .planned, .notDone: return "NEEDS-ACTION"
        case .cancelled: return "CANCELLED"
        }
    }

    /// `2.4-municipal-20201130`: measure, school, occurrence's last day;
    /// characters outside letters, digits, `.` and `-` replaced.
    static func uidPart(_ key: ProgressKey) -> String {
        let raw = "\(key.measure)-\(key.school ?? "municipal")-\(key.occurrence?.basic ?? "once")"
        // Ids are mostly ASCII letters, digits, dots and dashes: kept whole.
        if !raw.containsByte(where: { !isKeptASCII($0) }) { return raw }
        return String(raw.unicodeScalars.map { scalar -> Character in
            let kept = scalar.isASCII ? isKeptASCII(UInt8(scalar.value)) : scalar.properties.isAlphabetic
            return kept ? Character(scalar) : "_"
        })
    }

    private static func isKeptASCII(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    static func utc(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withYear, .withMonth, .withDay, .withTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date) + "Z"
    }
}
