import Foundation
import Testing
@testable import RoadmapImport

/// The municipality in the nominative from the case the title prints it in.
@Suite struct MunicipalityFinderTests {
    @Test func declinedDistrictsAndCityDistricts() {
        #expect(MunicipalityFinder.municipality(in: ["План на 2022 год в Терском муниципальном районе"]) == "Терский муниципальный район")
        #expect(MunicipalityFinder.municipality(in: ["школ Зеленодольского муниципального округа"]) == "Зеленодольский муниципальный округ")
        #expect(MunicipalityFinder.municipality(in: ["в Боровском городском округе на 2024 год"]) == "Боровский городской округ")
        #expect(MunicipalityFinder.municipality(in: ["Дорожная карта города Владивостока"]) == "город Владивосток")
    }

    /// «в Лесном муниципальном районе»: «-ном» is «-ный» or «-ной» by the
    /// stress. The document's own nominative decides; without one the
    /// guess is marked so the summary asks to check it.
    @Test func anAmbiguousEndingIsGuessedAndMarked() {
        let guessed = MunicipalityFinder.find(in: ["Дорожная карта по поддержке ШНОР в Лесном муниципальном районе на 2023 год"])
        #expect(guessed?.name == "Лесный муниципальный район")
        #expect(guessed?.guessedFrom == "Лесном муниципальном районе")
        #expect(guessed?.alternatives == ["Лесный", "Лесной"])
        let printed = MunicipalityFinder.find(in: ["Карта в Лесном муниципальном районе на 2023 год",
                                                   "АДМИНИСТРАЦИЯ ЛЕСНОЙ МУНИЦИПАЛЬНЫЙ РАЙОН"])
        #expect(printed == MunicipalityFinder.Found(name: "Лесной муниципальный район"))
        #expect(MunicipalityFinder.find(in: ["в Тверском районе", "в Северном городском округе"])?.guessedFrom
            == "Северном городском округе")
    }

    @Test func theSummarySaysWhatWasGuessed() throws {
        let text = "Дорожная карта по поддержке ШНОР в Лесном муниципальном районе на 2023 год\n"
            + "№\tМероприятие\tСрок\tОтветственные\n1.\tСовещание\tмарт 2023\tУО\n"
        let report = try RoadmapImporter.read(Data(text.utf8), file: "карта.txt", ext: "txt")
        #expect(report.data.roadmap.municipality == "Лесный муниципальный район")
        #expect(report.remarks.contains("Муниципалитет «Лесный муниципальный район» восстановлен из «Лесном муниципальном районе»: по написанию не различить «Лесный» и «Лесной» — проверьте (или задайте --municipality)."))
    }
}
