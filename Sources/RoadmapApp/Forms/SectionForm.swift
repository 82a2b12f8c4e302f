import RoadmapModel

/// The section form: number and title.
enum SectionForm {
    static func edit(_ section: Section) -> Form {
        Form(.editSection(section.number), title: "Раздел \(section.number)", fields: [
            FormField(.sectionNumber, "Номер", text: section.number),
            FormField(.sectionTitle, "Название", text: section.title, rows: 2),
        ])
    }

    /// A new section after `after`, numbered after it when it has a number.
    static func new(after: Section?, data: RoadmapData) -> Form {
        let number = proposedNumber(after: after, data: data)
        return Form(.newSection(after: after?.number), title: "Новый раздел", fields: [
            FormField(.sectionNumber, "Номер", text: number),
            FormField(.sectionTitle, "Название", text: "", rows: 2),
        ])
    }

    static func draft(_ form: Form) -> Section {
        Section(number: form.text(.sectionNumber), title: form.text(.sectionTitle))
    }

    /// «3» after «2», «IV» after «III»; «1» in an empty roadmap.
    private static func proposedNumber(after: Section?, data: RoadmapData) -> String {
        let taken = Set(data.roadmap.sections.map(\.number))
        guard let after else { return taken.isEmpty ? "1" : "" }
        if let n = Int(after.number), !taken.contains(String(n + 1)) { return String(n + 1) }
        if let n = RomanNumeral.arabic(after.number), Int(after.number) == nil {
            let roman = roman(n + 1)
            if !taken.contains(roman) { return roman }
        }
        return ""
    }

    private static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                                      (5, "V"), (4, "IV"), (1, "I")]
        var rest = n, out = ""
        for (value, letters) in table {
            while rest >= value { out += letters; rest -= value }
        }
        return out
    }
}
