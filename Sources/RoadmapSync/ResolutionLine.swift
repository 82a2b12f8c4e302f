import RoadmapModel

extension MergeNotes.Note {
    /// One line for a record settled by the rule, naming it, the mark that
    /// stands and the one kept in the history only.
    public func line(data: RoadmapData?) -> String? {
        guard let record else { return nil }
        let key = ProgressKey(measure: record.measure, school: record.school,
                              occurrence: record.occurrence.flatMap(Day.parse))
        var text = "\(ChangeLines(data: data).name(key)): отмечено на двух компьютерах по-разному — "
            + "действует \(Self.describe(record.kept)), более поздняя отметка"
        if let other = record.other { text += "; \(Self.describe(other)) осталось в истории" }
        return text + " (\(file))"
    }

    private static func describe(_ mark: MergeNotes.Mark) -> String {
        var text = "«" + (Status(rawValue: mark.status)?.russian ?? mark.status)
        if let day = mark.doneOn.flatMap(Day.parse) { text += " \(day.russian)" }
        return text + "» (\(mark.by), \(Timestamp.russian(mark.at)))"
    }
}
