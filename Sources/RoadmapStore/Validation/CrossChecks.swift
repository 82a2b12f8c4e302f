import RoadmapModel

/// What progress records are checked against: the measures and schools as
/// read. Plain values, so every progress file can be checked on its own
/// thread.
struct ProgressContext: Sendable {
    var measures: [String: Measure]
    /// Deadlines read against the roadmap, by measure id; absent when the
    /// roadmap's period could not be read.
    var deadlines: [String: Deadline]
    var schoolIDs: Set<String>
    /// False when schools.json or measures.json could not be read at all:
    /// the checks that need them are skipped rather than repeated for
    /// every record.
    var knowsSchools: Bool
    var knowsMeasures: Bool
    /// Set instead of `deadlines` for a load of a few files: each file's
    /// check reads only the deadlines of the measures it has records of.
    var deadlinesOnDemand: DeadlineContext? = nil

    /// The deadline a record's occurrence is checked against; `read` keeps
    /// what one file's check has read on demand.
    func deadline(of measure: Measure, read: inout [String: Deadline]) -> Deadline? {
        if let known = deadlines[measure.id] ?? read[measure.id] { return known }
        guard let deadlinesOnDemand else { return nil }
        let deadline = DeadlineParser.parse(measure.deadline, in: deadlinesOnDemand)
        read[measure.id] = deadline
        return deadline
    }
}

extension ProgressContext {
    /// From the plan as read; nil for what could not be read. Without a
    /// deadline context (no readable period) deadlines are not checked.
    /// `onDemand`: for a load of a few files, deadlines are read as their
    /// records come (once per file) instead of all of them up front.
    init(deadlineContext: DeadlineContext?, schoolIDs: Set<String>?, measures: [Measure]?, onDemand: Bool = false) {
        var byID: [String: Measure] = [:]
        var deadlines: [String: Deadline] = [:]
        for measure in measures ?? [] where byID[measure.id] == nil {
            byID[measure.id] = measure
            if let deadlineContext, !onDemand { deadlines[measure.id] = DeadlineParser.parse(measure.deadline, in: deadlineContext) }
        }
        self.measures = byID
        self.deadlines = deadlines
        self.schoolIDs = schoolIDs ?? []
        knowsSchools = schoolIDs != nil
        knowsMeasures = measures != nil
        deadlinesOnDemand = onDemand ? deadlineContext : nil
    }
}

/// Checks that tie the files together: ids are unique, sections and schools
/// that measures name exist, and progress belongs to real measures.
enum CrossChecks {
    static func checkSchools(_ schools: [DecodedSchool], log: FileLog) {
        var seen: [String: SourcePosition] = [:]
        for entry in schools {
            if let first = seen[entry.school.id] {
                log.error("школа «\(Quote.visible(entry.school.id))» описана дважды (первый раз — \(first.russian))", at: entry.position)
            } else {
                seen[entry.school.id] = entry.position
            }
        }
    }

    static func checkMeasures(_ measures: [DecodedMeasure], roadmap: DecodedRoadmap?, schoolIDs: Set<String>?,
                              log: FileLog) {
        var seen: [String: SourcePosition] = [:]
        for entry in measures {
            let measure = entry.measure
            let label = Label(text: "мероприятие «\(Quote.visible(measure.id))»")
            if let first = seen[measure.id] {
                log.error(label.message("описано дважды (первый раз — \(first.russian))"), at: entry.position)
            } else {
                seen[measure.id] = entry.position
            }
            if let roadmap, let position = entry.sectionPosition, !roadmap.sectionNumbers.contains(measure.section) {
                let known = roadmap.roadmap.sections.map { "«\($0.number)»" }.joined(separator: ", ")
                log.error(label.message("раздела «\(Quote.visible(measure.section))» нет в roadmap.json (есть: \(known.isEmpty ? "ни одного" : known))"),
                          at: position)
            }
            if let schoolIDs {
                for (id, position) in entry.scopeSchools where !schoolIDs.contains(id) {
                    log.error(label.message("поле scope: школы «\(Quote.visible(id))» нет в schools.json"), at: position)
                }
            }
            if let context = roadmap?.deadlineContext, let position = entry.deadlinePosition,
               !DeadlineParser.parse(measure.deadline, in: context).isRecognized {
                log.warning(label.message("срок «\(Quote.visible(measure.deadline))» не распознан: мероприятие не попадёт в просроченные, исправьте формулировку"),
                            at: position)
            }
        }
    }

    static func checkProgress(_ file: DecodedProgressFile, context: ProgressContext, log: FileLog) {
        if let school = file.school, context.knowsSchools, !context.schoolIDs.contains(school) {
            // A file without marks is what a school added and taken back (or
            // deleted) leaves behind: nothing is lost, so it must not lock
            // the directory. With marks, they belong to nobody — an error.
            if file.records.isEmpty {
                log.warning("школы «\(school)» нет в schools.json; отметок в файле нет, его можно удалить", at: nil)
            } else {
                log.error("школы «\(school)» нет в schools.json: отметки этого файла ни к чему не относятся", at: nil)
            }
        }
        var seen: [ProgressKey: SourcePosition] = [:]
        var deadlinesRead: [String: Deadline] = [:]
        for entry in file.records {
            let key = entry.record.key
            if let first = seen[key] {
                log.error(entry.label.message("повторяется (первая такая запись — \(first.russian))"), at: entry.position)
            } else {
                seen[key] = entry.position
            }
            guard context.knowsMeasures else { continue }
            guard let measure = context.measures[key.measure] else {
                log.error(entry.label.message("мероприятия «\(Quote.visible(key.measure))» нет в measures.json"), at: entry.measurePosition)
                continue
            }
            checkScope(entry, measure: measure, school: file.school, log: log)
            if let deadline = context.deadline(of: measure, read: &deadlinesRead) {
                checkOccurrence(entry, deadline: deadline, log: log)
            }
        }
    }

    private static func checkScope(_ entry: DecodedRecord, measure: Measure, school: String?, log: FileLog) {
        switch (measure.scope, school) {
        case (.municipal, let school?):
            log.error(entry.label.message("мероприятие «\(measure.id)» ведётся на уровне муниципалитета: его отметки хранятся в progress/municipal.json, а не в файле школы «\(school)»"),
                      at: entry.measurePosition)
        case (.everySchool, nil), (.schools, nil):
            log.error(entry.label.message("мероприятие «\(measure.id)» ведётся по школам: его отметки хранятся в progress/schools/<id школы>.json"),
                      at: entry.measurePosition)
        case (.schools(let ids), let school?) where !ids.contains(school):
            log.warning(entry.label.message("школа «\(school)» не входит в scope мероприятия «\(measure.id)»"),
                        at: entry.measurePosition)
        default:
            break
        }
    }

    /// `occurrence` names the last day of one window when the deadline has
    /// several; a record that fits no window would never be shown.
    private static func checkOccurrence(_ entry: DecodedRecord, deadline: Deadline, log: FileLog) {
        guard deadline.isRecognized else { return }
        let ends = deadline.windows.map(\.end)
        let occurrence = entry.record.key.occurrence
        if ends.count > 1 {
            guard let occurrence else {
                log.warning(entry.label.message("нет поля occurrence, а у мероприятия несколько сроков (\(list(ends))): отметка не относится ни к одному"),
                            at: entry.position)
                return
            }
            if !ends.contains(occurrence) {
                log.warning(entry.label.message("поле occurrence: \(occurrence.iso) не совпадает ни с одним сроком мероприятия; ожидался последний день срока: \(list(ends))"),
                            at: entry.occurrencePosition)
            }
        } else if let occurrence {
            log.warning(entry.label.message("поле occurrence: \(occurrence.iso) не совпадает ни с одним сроком мероприятия: у него один срок, и поле occurrence не нужно"),
                        at: entry.occurrencePosition)
        }
    }

    private static func list(_ days: [Day]) -> String {
        let shown = days.prefix(6).map(\.iso).joined(separator: ", ")
        return days.count > 6 ? shown + " …" : shown
    }
}
