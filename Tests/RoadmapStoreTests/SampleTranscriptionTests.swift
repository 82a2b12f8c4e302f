import RoadmapStore
import Foundation
import Testing

/// One bundled sample and the document it was transcribed from.
struct TranscribedSample: Sendable, CustomTestStringConvertible {
    var sample: String
    var seed: String
    var measures: Int
    var sections: Int
    var testDescription: String { sample }

    static let all = [
        TranscribedSample(sample: "terek-2022", seed: "003", measures: 18, sections: 5),
        TranscribedSample(sample: "vladivostok-2020", seed: "001", measures: 28, sections: 4),
        // Sections 1–4 with measures 1.1–1.5, 2.1–2.4, 3.1–3.5, 4.1.
        TranscribedSample(sample: "seryshevo-2023", seed: "004", measures: 15, sections: 4),
    ]
}

@Suite("Bundled samples transcribed from the source documents")
struct SampleTranscriptionTests {
    @Test("measure and section counts", arguments: TranscribedSample.all)
    func counts(_ c: TranscribedSample) throws {
        #expect(try SampleFile.measures(c.sample).count == c.measures)
        #expect(try (SampleFile.roadmap(c.sample)["sections"] as? [Any])?.count == c.sections)
    }

    @Test("every numbered row of the document is a measure, and nothing else", arguments: TranscribedSample.all)
    func everyRowIsTranscribed(_ c: TranscribedSample) throws {
        let table = SeedTable(text: try TestPaths.seedText(c.seed))
        let numbers = try SampleFile.measures(c.sample).compactMap { $0["number"] as? String }
        #expect(numbers == table.measureNumbers)
    }

    @Test("title, deadline, responsible and result match the document's row", arguments: TranscribedSample.all)
    func cellsMatchTheirRow(_ c: TranscribedSample) throws {
        let table = SeedTable(text: try TestPaths.seedText(c.seed))
        for measure in try SampleFile.measures(c.sample) {
            let number = measure["number"] as? String ?? "?"
            let row = try #require(table.row(numbered: number), "no row \(number) in seed \(c.seed)")
            let notes = measure["notes"] as? String ?? ""
            #expect(SeedTable.normalise(measure["title"] as? String ?? "") == row.cell(1), "title of \(number)")
            let deadline = SeedTable.normalise(measure["deadline"] as? String ?? "")
            #expect(Self.cell(row.cell(2), isTranscribedAs: deadline, notes: notes), "deadline of \(number)")
            let responsible = (measure["responsible"] as? [String] ?? []).map(SeedTable.normalise)
            #expect(Self.cell(row.cell(3), isSplitInto: responsible), "responsible of \(number): \(responsible)")
            let result = (measure["result"] as? String).map(SeedTable.normalise)
            #expect(result == (row.cell(4).isEmpty ? nil : row.cell(4)), "result of \(number)")
        }
    }

    /// A cell is kept exactly, or its text is kept and the OCR debris after
    /// it is quoted in the measure's notes (never dropped silently).
    static func cell(_ cell: String, isTranscribedAs value: String, notes: String) -> Bool {
        if cell == value { return true }
        guard !value.isEmpty, cell.hasPrefix(value + " ") else { return false }
        return notes.contains("«" + cell.dropFirst(value.count + 1) + "»")
    }

    /// The entries are the cell's pieces, in order, with only commas and
    /// spaces between them: nothing of the cell is lost or added.
    static func cell(_ cell: String, isSplitInto entries: [String]) -> Bool {
        guard let first = entries.first, cell.hasPrefix(first) else { return false }
        var rest = cell
        for entry in entries.sorted(by: { $0.count > $1.count }) {
            guard let range = rest.range(of: entry) else { return false }
            rest.replaceSubrange(range, with: " ")
        }
        return rest.allSatisfy { $0 == " " || $0 == "," }
    }

    @Test("ids are the printed numbers without the trailing dot, in known sections",
          arguments: TranscribedSample.all)
    func idsAndSections(_ c: TranscribedSample) throws {
        let sections = try #require(try SampleFile.roadmap(c.sample)["sections"] as? [[String: Any]])
        let sectionNumbers = sections.compactMap { $0["number"] as? String }
        let table = SeedTable(text: try TestPaths.seedText(c.seed))
        #expect(sectionNumbers.allSatisfy { !$0.hasSuffix(".") })
        let measures = try SampleFile.measures(c.sample)
        for measure in measures {
            let number = try #require(measure["number"] as? String)
            let id = try #require(measure["id"] as? String)
            #expect(id == (number.hasSuffix(".") ? String(number.dropLast()) : number))
            #expect(sectionNumbers.contains(measure["section"] as? String ?? ""), "section of \(number)")
            #expect(measure["section"] as? String == table.sectionNumber(above: number), "section of \(number)")
        }
        #expect(Set(measures.compactMap { $0["id"] as? String }).count == measures.count)
    }

    @Test("section titles are the document's headings")
    func sectionTitles() throws {
        for c in TranscribedSample.all {
            let table = SeedTable(text: try TestPaths.seedText(c.seed))
            let headings = table.rows.flatMap { [$0.cell(0), $0.cell(1)] }.map(Self.withoutNumber)
            let sections = try #require(try SampleFile.roadmap(c.sample)["sections"] as? [[String: Any]])
            for section in sections {
                let number = section["number"] as? String ?? ""
                let title = section["title"] as? String ?? ""
                // Seryshevo's headings 2 and 3 are torn across columns by OCR;
                // `seryshevoGarbledHeadingsAreExplained` covers them.
                if c.sample == "seryshevo-2023", ["2", "3"].contains(number) { continue }
                #expect(headings.contains(title), "section \(number) of \(c.sample)")
            }
        }
    }

    static func withoutNumber(_ heading: String) -> String {
        guard let dot = heading.firstIndex(of: "."),
              heading[..<dot].allSatisfy({ $0.isNumber || "IVX".contains($0) }) else { return heading }
        return heading[heading.index(after: dot)...].trimmingCharacters(in: .whitespaces)
    }

    @Test("Seryshevo's torn headings and garbled cells are quoted in notes, not fixed silently")
    func seryshevoGarbledTextIsExplained() throws {
        let notes = try SampleFile.roadmap("seryshevo-2023")["notes"] as? String ?? ""
        #expect(notes.contains("2. Oi | казание"))
        #expect(notes.contains("3. Мониторинг деятельности школ | с низкими образов"))
        #expect(notes.contains("на 2023 гол"))
        let measures = try SampleFile.measures("seryshevo-2023")
        let m13 = try #require(measures.first { $0["id"] as? String == "1.3" })
        #expect(m13["deadline"] as? String == "В течение года")
        #expect((m13["notes"] as? String ?? "").contains("«В те тепие года»"))
        let seed = try TestPaths.seedText("004")
        #expect(seed.contains("В те тепие года"))
    }

    @Test("the glossary holds every abbreviation of the Vladivostok list, as printed")
    func vladivostokGlossary() throws {
        let seed = try TestPaths.seedText("001")
        let list = try #require(seed.components(separatedBy: "Перечень принятых сокращений:").last)
        var expected: [[String]] = []
        for line in list.split(separator: "\n") where line.contains(" – ") {
            let parts = line.components(separatedBy: " – ")
            let term = parts[0].trimmingCharacters(in: .whitespaces)
            let meaning = parts.dropFirst().joined(separator: " – ").trimmingCharacters(in: .whitespaces)
            expected.append([term, meaning.hasSuffix(";") || meaning.hasSuffix(".") ? String(meaning.dropLast()) : meaning])
        }
        let glossary = try #require(try SampleFile.roadmap("vladivostok-2020")["glossary"] as? [[String: String]])
        #expect(expected.count == 16)
        #expect(glossary.map { [$0["term"] ?? "", $0["meaning"] ?? ""] } == expected)
    }

    @Test("periods and approving orders as the documents give them")
    func periodsAndOrders() throws {
        let terek = try SampleFile.roadmap("terek-2022")
        #expect(terek["period"] as? String == "2022")
        #expect(terek["municipality"] as? String == "Терский муниципальный район")
        #expect(terek["order"] == nil)
        #expect((terek["notes"] as? String ?? "").contains("приказом Управления образования местной администрации Терского муниципального района"))

        let vladivostok = try SampleFile.roadmap("vladivostok-2020")
        #expect(vladivostok["period"] as? String == "2020-2021")
        let order = try #require(vladivostok["order"] as? [String: String])
        #expect(order["number"] == "378-а" && order["date"] == "2020-10-27")
        let seed001 = try TestPaths.seedText("001")
        #expect(seed001.contains("27.10.2020") && seed001.contains("№ 378-а"))

        let seryshevo = try SampleFile.roadmap("seryshevo-2023")
        #expect(seryshevo["period"] as? String == "2023")
        let order119 = try #require(seryshevo["order"] as? [String: String])
        #expect(order119["number"] == "119" && order119["date"] == "2023-03-20")
        #expect(try TestPaths.seedText("004").contains("от 20.03.2023 № 119"))
        #expect((seryshevo["notes"] as? String ?? "").contains("6 школ относятся к ШНОР"))
    }

    @Test("Seryshevo's named people are responsible entries of their own")
    func seryshevoPeople() throws {
        let responsible = try SampleFile.measures("seryshevo-2023").flatMap { $0["responsible"] as? [String] ?? [] }
        #expect(responsible.filter { $0 == "Королюк А.А." }.count == 12)
        #expect(responsible.contains("Мирюк О.В."))
        #expect(!responsible.contains { $0.contains("Королюк") && $0 != "Королюк А.А." })
    }
}

@Suite("Terek sample: schools, scopes and progress")
struct TerekSampleTests {
    static let ids = ["urozhaynoe", "khamidie", "novo-khamidie", "novaya-balkariya", "krasnoarmeyskoe",
                      "verkhniy-kurp", "nizhniy-kurp"]
    static let federal500 = ["urozhaynoe", "khamidie", "novo-khamidie"]

    /// The analysis writes «с.п.Урожайное» and «с.п. Новая Балкария»; the data
    /// always puts the space in.
    static func analysisText() throws -> String {
        let seed = try TestPaths.seedText("003").replacingOccurrences(of: "с.п.", with: "с.п. ")
        return SeedTable.normalise(seed)
    }

    static func sentence(containing phrase: String, in text: String) -> String {
        text.components(separatedBy: "\n").first { $0.contains(phrase) } ?? ""
    }

    @Test("the seven schools of the analysis, named as it names them")
    func schools() throws {
        let schools = try SampleFile.schools("terek-2022")
        #expect(schools.compactMap { $0["id"] as? String } == Self.ids)
        let seed = try TestPaths.seedText("003").replacingOccurrences(of: "с.п.", with: "с.п. ")
        let joined = SeedTable.normalise(Self.sentence(containing: "вошли 7 общеобразовательных организаций", in: seed))
        for school in schools {
            let name = try #require(school["name"] as? String)
            let short = try #require(school["shortName"] as? String)
            #expect(joined.contains(name + ",") || joined.hasSuffix(name + "."), "\(name) is not in the list of seven")
            #expect(name == "МКОУ СОШ с.п. " + short)
            #expect(school["locality"] as? String == "с.п. " + short)
            #expect(school["mentor"] == nil, "the document names no mentor")
        }
    }

    @Test("the «500+» three have curators marked as examples; the others have none")
    func federal500() throws {
        let seed = try TestPaths.seedText("003").replacingOccurrences(of: "с.п.", with: "с.п. ")
        let selected = SeedTable.normalise(Self.sentence(containing: "федерального проекта «500+»", in: seed))
        for school in try SampleFile.schools("terek-2022") {
            let id = school["id"] as? String ?? ""
            let programmes = school["programmes"] as? [String] ?? []
            let isFederal = Self.federal500.contains(id)
            #expect(programmes == (isFederal ? ["ШНОР", "500+"] : ["ШНОР"]), "programmes of \(id)")
            #expect(selected.contains((school["name"] as? String ?? "") + (id == "novo-khamidie" ? " " : ",")) == isFederal,
                    "\(id) and the «500+» sentence")
            #expect((school["curator"] as? String).map { !$0.isEmpty } == (isFederal ? true : nil), "curator of \(id)")
            #expect((school["exampleFields"] as? [String] ?? []) == (isFederal ? ["curator"] : []), "exampleFields of \(id)")
        }
    }

    @Test("«Точка роста»: three have one without a date, two get one on 1 September 2022")
    func growthPoints() throws {
        var points: [String: [String: Any]] = [:]
        for school in try SampleFile.schools("terek-2022") {
            if let point = school["growthPoint"] as? [String: Any] { points[school["id"] as? String ?? ""] = point }
        }
        #expect(Set(points.keys) == ["urozhaynoe", "novaya-balkariya", "nizhniy-kurp", "khamidie", "verkhniy-kurp"])
        for id in ["urozhaynoe", "novaya-balkariya", "nizhniy-kurp"] {
            #expect(points[id]?.isEmpty == true, "\(id) has a centre with no date given")
        }
        for id in ["khamidie", "verkhniy-kurp"] {
            #expect(points[id]?["opened"] as? String == "2022-09-01")
            #expect(points[id]?["planned"] as? Bool == true)
        }
        #expect(try TestPaths.seedText("003").contains("На 1 сентября 2022 года"))
    }

    @Test("a measure is per school exactly when the schools themselves carry it out")
    func scopes() throws {
        let perSchool: Set<String> = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "13"]
        for measure in try SampleFile.measures("terek-2022") {
            let id = measure["id"] as? String ?? ""
            let responsible = measure["responsible"] as? [String] ?? []
            let bySchools = responsible.contains("Руководители ОО") || responsible.contains("Образовательные организации")
            let scope = measure["scope"] as? String
            #expect(scope == (perSchool.contains(id) ? "every-school" : "municipal"), "scope of \(id)")
            #expect(bySchools == perSchool.contains(id), "responsible of \(id): \(responsible)")
        }
    }

    @Test("documents without schools keep an empty list and municipal measures only")
    func samplesWithoutSchools() throws {
        for sample in ["vladivostok-2020", "seryshevo-2023"] {
            #expect(try SampleFile.schools(sample).isEmpty)
            #expect(try SampleFile.measures(sample).allSatisfy { $0["scope"] as? String == "municipal" })
        }
    }

    @Test("progress files exist for the municipality and every school, with no invented marks")
    func progressFiles() throws {
        for sample in ["terek-2022", "vladivostok-2020", "seryshevo-2023"] {
            let municipal = try SampleFile.object("\(sample)/progress/municipal.json")
            #expect(municipal["school"] == nil)
            #expect((municipal["records"] as? [Any])?.isEmpty == true)
        }
        for id in Self.ids {
            let file = try SampleFile.object("terek-2022/progress/schools/\(id).json")
            #expect(file["school"] as? String == id)
            #expect((file["records"] as? [Any])?.isEmpty == true)
        }
    }
}

@Suite("Bundled samples are written in the format's one style")
struct SampleStyleTests {
    @Test("byte for byte canonical: key order, two-space indent, no \\u escapes, final newline",
          arguments: SampleSchemaTests.sampleFiles)
    func canonical(_ path: String) throws {
        let data = try Data(contentsOf: TestPaths.sample(path))
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("\\u"), "\\u escape in \(path)")
        #expect(text.hasPrefix("{\n  \"format\": 1,\n"), "\(path) does not start with \"format\": 1")
        #expect(text.hasSuffix("}\n"))
        let value = try PlainJSON.parse(Array(data))
        #expect(JSONWriter.string(value) == text, "\(path) differs from its canonical form")
        let order = try #require(FormatKeyOrder.root(ofFile: path))
        #expect(FormatKeyOrder.violations(in: value, expected: order) == [])
        // Foundation reads it too, to the same members.
        let foundation = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(Set(foundation.keys) == Set(members.map(\.key)))
    }

    @Test("the canonical printer notices a wrong indent, an escape and a missing newline")
    func printerCatchesDeviations() throws {
        let good = "{\n  \"format\": 1,\n  \"title\": \"Дорожная карта\"\n}\n"
        let value = try PlainJSON.parse(Array(good.utf8))
        #expect(JSONWriter.string(value) == good)
        for bad in ["{\n    \"format\": 1,\n    \"title\": \"Дорожная карта\"\n}\n",
                    "{\n  \"format\": 1,\n  \"title\": \"\\u0414орожная карта\"\n}\n",
                    "{\n  \"format\": 1,\n  \"title\": \"Дорожная карта\"\n}",
                    "{\n  \"format\" : 1,\n  \"title\": \"Дорожная карта\"\n}\n"] {
            #expect(JSONWriter.string(try PlainJSON.parse(Array(bad.utf8))) != bad)
        }
        let swapped = try PlainJSON.parse(Array("{\"title\": \"x\", \"format\": 1}".utf8))
        #expect(FormatKeyOrder.violations(in: swapped, expected: FormatKeyOrder.roadmap) == ["/format: key out of order"])
    }
}
