import Foundation
import RoadmapModel

/// The roadmap's deadlines as an iCalendar file for the department's
/// calendar program: one to-do per occurrence (per school when a measure is
/// per school), due on the window's last day.
public struct RoadmapCalendar: Sendable {
    /// The `.ics` text, CRLF line ends, folded.
    public var text: String
    public var todoCount: Int
    /// Measures left out because their deadline has no dates
    /// («по отдельному плану») or could not be read.
    public var undated: [Measure]

    /// `stamp` is when the file is made (DTSTAMP, required by RFC 5545).
    public init(data: RoadmapData, schedule: Schedule, school: String? = nil, stamp: Date = Date()) {
        let roadmap = data.roadmap
        let sections = Dictionary(roadmap.sections.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        // The roadmap's identity in every UID, so two roadmaps never collide
        // and a regenerated file updates the same to-dos.
        let origin = StableID.fingerprint("\(roadmap.municipality)\n\(roadmap.title)\n\(roadmap.period)")
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//roadmap//Дорожная карта ШНОР//RU", "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:" + ICalendarText.escape(roadmap.title),
        ]
        var count = 0
        var undated: [Measure] = []
        let dtstamp = RoadmapCalendar.utc(stamp)
        for measure in data.measures {
            if school != nil && !measure.scope.isPerSchool { continue }
            let occurrences = schedule.occurrences(of: measure, in: data).filter { school == nil || $0.school == school }
            if schedule.deadline(of: measure).windows.isEmpty {
                if !occurrences.isEmpty { undated.append(measure) }
                continue
            }
            for occurrence in occurrences {
                guard let window = occurrence.window else { continue }
                let section = sections[measure.section].map { "\($0.number). \($0.title)" } ?? measure.section
                lines += RoadmapCalendar.todo(
                    measure: measure, occurrence: occurrence, window: window,
                    school: occurrence.school.flatMap(data.school), record: data.record(occurrence.key),
                    section: section, uid: "\(RoadmapCalendar.uidPart(occurrence.key))-\(origin)@roadmap",
                    stamp: dtstamp)
                count += 1
            }
        }
        lines.append("END:VCALENDAR")
        self.text = ICalendarText.document(lines)
        self.todoCount = count
        self.undated = undated
    }

    static func todo(measure: Measure, occurrence: Occurrence, window: DateWindow, school: School?,
                     record: ProgressRecord?, section: String, uid: String, stamp: String) -> [String] {
        let status = record?.status ?? .planned
        var summary = "\(measure.number) \(measure.title)"
        if let school { summary += " — \(school.shortName)" }
        var description: [String] = []
        if let school { description.append("Школа: \(school.name)") }
        description.append("Срок по плану: \(measure.deadline)")
        if !measure.responsible.isEmpty { description.append("Ответственные: \(measure.responsible.joined(separator: ", "))") }
        if let note = record?.note, !note.isEmpty { description.append("Отметка о выполнении: \(note)") }
        var lines = [
            "BEGIN:VTODO",
            "UID:" + uid,
            "DTSTAMP:" + stamp,
            "DTSTART;VALUE=DATE:" + compact(window.start),
            "DUE;VALUE=DATE:" + compact(window.end),
            "SUMMARY:" + ICalendarText.escape(summary),
            "DESCRIPTION:" + ICalendarText.escape(description.joined(separator: "\n")),
            "CATEGORIES:" + ICalendarText.escape(section),
            "STATUS:" + statusName(status),
        ]
        if status == .done {
            lines.append("PERCENT-COMPLETE:100")
            if let doneOn = record?.doneOn { lines.append("COMPLETED:\(compact(doneOn))T120000Z") }
        }
        lines.append("END:VTODO")
        return lines
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
        let raw = "\(key.measure)-\(key.school ?? "municipal")-\(key.occurrence.map(compact) ?? "once")"
        return String(raw.unicodeScalars.map { scalar -> Character in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-"
                ? Character(scalar) : "_"
        })
    }

    static func compact(_ day: Day) -> String { day.iso.replacingOccurrences(of: "-", with: "") }

    static func utc(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withYear, .withMonth, .withDay, .withTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date) + "Z"
    }
}
