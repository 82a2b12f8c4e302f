import Foundation
import Testing

/// The two samples transcribed from reports on a roadmap rather than from the
/// roadmap itself: Izhevsk's справка (seed 000) and Sol-Iletsk's information
/// «на 01.12.2020» (seed 002). Every fact is checked against the seed text.
@Suite("Samples transcribed from reports on a roadmap")
struct SampleProgressTranscriptionTests {
    /// The справка's table rows: «№ пп», «Мероприятия», «Отметка о выполнении»,
    /// with the converter's italics left out.
    static func izhevskRows() throws -> [(number: String, title: String, note: String)] {
        let seed = try TestPaths.seedText("000").replacingOccurrences(of: "<i>", with: "")
            .replacingOccurrences(of: "</i>", with: "")
        let table = seed.components(separatedBy: "№ пп\tМероприятия\tОтметка о выполнении")[1]
        return table.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count == 3 else { return nil }
            return (cells[0], cells[1], cells[2])
        }
    }

    static func records(_ sample: String) throws -> [[String: Any]] {
        try SampleFile.list("\(sample)/progress/municipal.json", "records")
    }

    @Test("Izhevsk: every row of the справка is a measure with its mark as written, and no deadline")
    func izhevskRowsAndMarks() throws {
        let rows = try Self.izhevskRows()
        let measures = try SampleFile.measures("izhevsk-2020")
        let records = try Self.records("izhevsk-2020")
        #expect(rows.count == 12)
        #expect(measures.count == rows.count && records.count == rows.count)
        for (row, (measure, record)) in zip(rows, zip(measures, records)) {
            #expect(measure["title"] as? String == row.title)
            #expect(record["measure"] as? String == measure["id"] as? String)
            #expect(record["note"] as? String == row.note, "note of \(row.title)")
            // The справка prints a number or, under row 8, none at all.
            let number = measure["number"] as? String ?? ""
            #expect(row.number.isEmpty ? number.hasPrefix("8.") : number == row.number)
            #expect(measure["deadline"] as? String == "без срока")
            #expect((measure["responsible"] as? [String])?.isEmpty == true)
            #expect(record["doneOn"] == nil)
        }
    }

    @Test("Izhevsk: «нет» is not done, a partial mark is in progress, the rest is done")
    func izhevskStatuses() throws {
        let statuses = try Self.records("izhevsk-2020").map { "\($0["measure"] ?? "")=\($0["status"] ?? "")" }
        #expect(statuses == ["1=done", "2=done", "3=not-done", "4=done", "4-2=in-progress", "5=in-progress",
                             "6=in-progress", "7=not-done", "8=done", "8.1=not-done", "8.2=done", "8.3=not-done"])
        let notes = try Self.records("izhevsk-2020").compactMap { $0["note"] as? String }
        #expect(notes.filter { $0.lowercased() == "нет" }.count == 2)
        #expect(notes.contains { $0.hasSuffix("– нет.") })
    }

    @Test("Izhevsk: the order, the period and what the справка leaves out, said in notes")
    func izhevskRoadmap() throws {
        let seed = try TestPaths.seedText("000")
        let roadmap = try SampleFile.roadmap("izhevsk-2020")
        #expect(roadmap["period"] as? String == "2020-2021")
        let order = try #require(roadmap["order"] as? [String: String])
        #expect(order["number"] == "676" && order["date"] == "2020-12-30")
        #expect(seed.contains("от 30.12.2020 года № 676"))
        #expect(seed.contains("26.07.2021") && seed.contains("№ 374"))
        let notes = roadmap["notes"] as? String ?? ""
        for fact in ["№ 374", "«без срока»", "(декабрь - май)", "«4.» напечатан дважды", "МБОУ «СОШ № 89»"] {
            #expect(notes.contains(fact), "\(fact)")
        }
        #expect(seed.contains("(декабрь - май)") && seed.contains("МБОУ «СОШ № 89»"))
        #expect(try SampleFile.schools("izhevsk-2020").isEmpty)
    }

    /// Sol-Iletsk's list of what was done, one item per «-» line.
    static func solIletskItems() throws -> [String] {
        let seed = try TestPaths.seedText("002").replacingOccurrences(of: "[bookmark: _GoBack]", with: "")
        return seed.split(separator: "\n").compactMap { line in
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("-") else { return nil }
            var item = text.dropFirst().trimmingCharacters(in: .whitespaces)
            if item.hasSuffix(";") { item.removeLast() }
            return item.trimmingCharacters(in: .whitespaces)
        }
    }

    @Test("Sol-Iletsk: each item reported done on 01.12.2020 is a measure marked done on that day")
    func solIletskMeasures() throws {
        let items = try Self.solIletskItems()
        let measures = try SampleFile.measures("sol-iletsk-2020")
        let records = try Self.records("sol-iletsk-2020")
        #expect(items.count == 10)
        #expect(measures.compactMap { $0["title"] as? String } == items)
        #expect(try TestPaths.seedText("002").contains("На 01.12.2020 года Управлением образования"))
        for (measure, record) in zip(measures, records) {
            #expect(record["measure"] as? String == measure["id"] as? String)
            #expect(record["status"] as? String == "done")
            #expect(record["doneOn"] as? String == "2020-12-01")
            #expect(measure["deadline"] as? String == "без срока")
        }
        #expect(records.count == measures.count)
    }

    @Test("Sol-Iletsk: the three schools, their two partners and the agreements from 01.10.2020")
    func solIletskSchools() throws {
        let seed = try TestPaths.seedText("002")
        let schools = try SampleFile.schools("sol-iletsk-2020")
        #expect(schools.compactMap { $0["name"] as? String } == [
            "МОБУ «Изобильная СОШ»", "МОБУ «Покровская СОШ»", "МОАУ «Ветлянская СОШ»",
        ])
        let partners = ["МОАУ «СОШ № 4 г.Соль-Илецка»", "МОБУ «Лицей Соль-Илецкого г.о.»"]
        #expect(seed.contains("стали \(partners[0]) и \(partners[1])"))
        #expect(seed.contains("С 1 октября 2020 года между организациями-партнёрами и школами"))
        for school in schools {
            let name = school["name"] as? String ?? ""
            #expect(seed.contains(name))
            #expect(school["programmes"] as? [String] == ["ШНОР"])
            #expect(school["partners"] as? [String] == partners)
            // The agreement as data: with the two partners, from 01.10.2020, no number (the seed gives none).
            let agreements = school["agreements"] as? [[String: Any]] ?? []
            #expect(agreements.count == 1)
            #expect(agreements.first?["partners"] as? [String] == partners)
            #expect(agreements.first?["title"] as? String == "договор о сотрудничестве")
            #expect(agreements.first?["date"] as? String == "2020-10-01")
            #expect(agreements.first?["number"] == nil)
            #expect(seed.contains("были заключены договора о сотрудничестве"))
            let id = school["id"] as? String ?? ""
            let progress = try SampleFile.object("sol-iletsk-2020/progress/schools/\(id).json")
            #expect((progress["records"] as? [Any])?.isEmpty == true)
        }
        let order = try #require(try SampleFile.roadmap("sol-iletsk-2020")["order"] as? [String: String])
        #expect(order["number"] == "257" && order["date"] == "2020-08-27")
        #expect(seed.contains("приказ № 257 от 27.08.2020 года"))
    }
}
