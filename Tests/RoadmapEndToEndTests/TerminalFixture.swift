import Foundation
import RoadmapApp
import RoadmapModel
import RoadmapStore

/// The built `roadmap` binary and a small data directory (Терский район,
/// 2022, from seed 003) written as text in the README's format.
enum TerminalFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Next to the test bundle in `.build/<triple>/debug`, else `.build/debug`.
    static var binary: URL {
        if let bundleDir = Bundle.main.executableURL?.deletingLastPathComponent() {
            let sibling = bundleDir.appendingPathComponent("roadmap")
            if FileManager.default.isExecutableFile(atPath: sibling.path) { return sibling }
        }
        return packageRoot.appendingPathComponent(".build/debug/roadmap")
    }

    static func temporaryFolder(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("roadmap-\(label)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func writeDataDirectory() throws -> URL {
        let root = try temporaryFolder("data")
        let files: [String: String] = [
            "roadmap.json": roadmapJSON,
            "schools.json": schoolsJSON,
            "measures.json": measuresJSON,
            "progress/municipal.json": "{\n  \"format\": 1,\n  \"records\": []\n}\n",
            "progress/schools/urozhaynoe.json": "{\n  \"format\": 1,\n  \"school\": \"urozhaynoe\",\n  \"records\": []\n}\n",
            "progress/schools/khamidie.json": "{\n  \"format\": 1,\n  \"school\": \"khamidie\",\n  \"records\": []\n}\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    static let roadmapJSON = """
    {
      "format": 1,
      "title": "План мероприятий («Дорожная карта») по работе с общеобразовательными организациями с низкими образовательными результатами обучающихся в Терском муниципальном районе на 2022 год",
      "municipality": "Терский муниципальный район",
      "period": "2022",
      "sections": [
        { "number": "1", "title": "Общесистемные" },
        { "number": "2", "title": "Общее образование" }
      ]
    }

    """

    static let schoolsJSON = """
    {
      "format": 1,
      "schools": [
        {
          "id": "urozhaynoe",
          "name": "МКОУ СОШ с.п. Урожайное",
          "shortName": "Урожайное",
          "programmes": ["ШНОР", "500+"]
        },
        {
          "id": "khamidie",
          "name": "МКОУ СОШ с.п. Хамидие",
          "shortName": "Хамидие",
          "programmes": ["ШНОР", "500+"]
        }
      ]
    }

    """

    static let measuresJSON = """
    {
      "format": 1,
      "measures": [
        {
          "id": "1",
          "number": "1.",
          "section": "1",
          "title": "Проведение анализа школьных «Дорожных карт» по подготовке и проведению ГИА-9 и ГИА-11 в образовательных организациях с низкими образовательными результатами.",
          "deadline": "Февраль",
          "responsible": ["ИМЦ УО", "Шидукова Л.П."],
          "scope": "municipal"
        },
        {
          "id": "6",
          "number": "6.",
          "section": "2",
          "title": "Диагностика уровня освоения образовательных программ обучающимися 9, 11 классов.",
          "deadline": "Апрель",
          "responsible": ["Руководители ОО", "ИМЦ УО"],
          "scope": "every-school"
        },
        {
          "id": "18",
          "number": "18.",
          "section": "2",
          "title": "Час контроля с директорами и заместителями директоров",
          "deadline": "Ежемесячно",
          "responsible": ["ИМЦ УО"],
          "scope": "municipal"
        }
      ]
    }

    """
}
