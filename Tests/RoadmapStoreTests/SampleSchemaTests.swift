import Foundation
import Testing

@Suite("Bundled samples against the JSON Schemas")
struct SampleSchemaTests {
    static let sampleFiles: [String] = (try? TestPaths.sampleFiles()) ?? []

    @Test("the samples are the five documents' data directories (Terek also with its year's marks), each file once")
    func sampleFileList() throws {
        let terekSchools = ["khamidie", "krasnoarmeyskoe", "nizhniy-kurp", "novaya-balkariya", "novo-khamidie",
                            "urozhaynoe", "verkhniy-kurp"]
        var expected: [String] = []
        for sample in ["izhevsk-2020", "seryshevo-2023", "sol-iletsk-2020", "terek-2022", "terek-2022-progress",
                       "vladivostok-2020"] {
            expected += ["measures.json", "progress/municipal.json", "roadmap.json", "schools.json"]
                .map { "\(sample)/\($0)" }
        }
        for terek in ["terek-2022", "terek-2022-progress"] {
            expected += terekSchools.map { "\(terek)/progress/schools/\($0).json" }
        }
        expected += ["izobilnaya", "pokrovskaya", "vetlyanskaya"].map { "sol-iletsk-2020/progress/schools/\($0).json" }
        #expect(Self.sampleFiles == expected.sorted())
    }

    @Test("every sample file is valid against its schema", arguments: sampleFiles)
    func sampleIsValid(_ path: String) throws {
        let schema = try #require(SchemaValidator.schemaName(forSample: path), "no schema for \(path)")
        let outcome = try SchemaValidator.validate([TestPaths.sample(path)], against: schema)
        #expect(outcome.isValid, "\(outcome.output)")
    }

    @Test("every schema names itself with a URN and follows draft 2020-12",
          arguments: ["roadmap", "schools", "measures", "progress", "municipalities"])
    func schemaHeader(_ name: String) throws {
        let data = try Data(contentsOf: SchemaValidator.schema(name))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["$id"] as? String == "urn:roadmap:schema:\(name):1")
        #expect(schema["additionalProperties"] as? Bool == false)
    }

    @Test("a number where a string belongs is rejected")
    func numberForStringIsRejected() throws {
        var file = try SampleFile.object("terek-2022/measures.json")
        var measures = try #require(file["measures"] as? [[String: Any]])
        measures[0]["title"] = 42
        file["measures"] = measures
        let outcome = try SchemaValidator.validate(file, against: "measures")
        #expect(outcome.isRejection, "\(outcome.output)")
        #expect(outcome.output.contains("/measures/0/title: 42 is not of type 'string'"), "\(outcome.output)")
    }

    @Test("a progress record passes with a known status and is rejected with an unknown one")
    func unknownStatusIsRejected() throws {
        let good = Self.progress(status: "done")
        let accepted = try SchemaValidator.validate(good, against: "progress")
        #expect(accepted.isValid, "\(accepted.output)")

        let rejected = try SchemaValidator.validate(Self.progress(status: "finished"), against: "progress")
        #expect(rejected.isRejection, "\(rejected.output)")
        #expect(rejected.output.contains("/records/0/status: 'finished' is not one of"), "\(rejected.output)")
    }

    @Test("an unknown key, a bad school id and a bad date are rejected")
    func structuralMistakesAreRejected() throws {
        var roadmap = try SampleFile.roadmap("terek-2022")
        roadmap["year"] = "2022"
        #expect(try SchemaValidator.validate(roadmap, against: "roadmap").isRejection)

        var schools = try SampleFile.object("terek-2022/schools.json")
        var list = try #require(schools["schools"] as? [[String: Any]])
        list[0]["id"] = "../urozhaynoe"
        schools["schools"] = list
        #expect(try SchemaValidator.validate(schools, against: "schools").isRejection)

        var order = try SampleFile.roadmap("vladivostok-2020")
        order["order"] = ["number": "378-а", "date": "27.10.2020"]
        #expect(try SchemaValidator.validate(order, against: "roadmap").isRejection)
    }

    /// The README's example record, with the status under test.
    static func progress(status: String) -> [String: Any] {
        let entry: [String: Any] = ["at": "2022-03-28T15:02:11+03:00", "by": "Шидукова Л.П.", "status": status,
                                    "note": "Проведён час контроля 28.03.2022", "doneOn": "2022-03-28"]
        let record: [String: Any] = ["measure": "18", "occurrence": "2022-03-31", "status": status,
                                     "note": "Проведён час контроля 28.03.2022", "doneOn": "2022-03-28",
                                     "by": "Шидукова Л.П.", "at": "2022-03-28T15:02:11+03:00",
                                     "history": [entry]]
        return ["format": 1, "school": "urozhaynoe", "records": [record]]
    }
}
