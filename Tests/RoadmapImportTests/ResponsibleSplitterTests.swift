import Testing
@testable import RoadmapImport

/// The rules that split a responsible cell, on cells from the seeds and on
/// ones they do not contain.
@Suite struct ResponsibleSplitterTests {
    @Test func personsAreEntriesOfTheirOwn() {
        let splitter = ResponsibleSplitter(column: [])
        #expect(splitter.split("ИМЦ УО Шидукова Л.П.") == ["ИМЦ УО", "Шидукова Л.П."])
        #expect(splitter.split("Королюк А.А., Мирюк О.В. Руководители") == ["Королюк А.А.", "Мирюк О.В.", "Руководители"])
        #expect(splitter.split("Л.П. Шидукова ИМЦ") == ["Л.П. Шидукова", "ИМЦ"])
        #expect(splitter.split("Королюк А. А.") == ["Королюк А. А."])
    }

    @Test func aCapitalisedWordAfterAnAbbreviationStartsAUnit() {
        let splitter = ResponsibleSplitter(column: [])
        #expect(splitter.split("ПК ИРО Отдел общего образования УРМУО") == ["ПК ИРО", "Отдел общего образования УРМУО"])
        #expect(splitter.split("ФГБНУ «ИСРО РАО» (г.Москва) Отдел мониторинга")
            == ["ФГБНУ «ИСРО РАО» (г.Москва)", "Отдел мониторинга"])
        #expect(splitter.split("Специалисты Управления системы образования") == ["Специалисты Управления системы образования"])
    }

    @Test func trailingAbbreviationsSplitOnlyWhenBothHalvesStandAlone() {
        let splitter = ResponsibleSplitter(column: ["ИМЦ УО", "Руководители ОО", "УРМУО", "ОО"])
        #expect(splitter.split("Руководители ОО ИМЦ УО") == ["Руководители ОО", "ИМЦ УО"])
        #expect(splitter.split("Образовательные организации ИМЦ УО") == ["Образовательные организации", "ИМЦ УО"])
        #expect(splitter.split("Методисты ИМЦ УО") == ["Методисты ИМЦ УО"])
        #expect(splitter.split("Отдел мониторинга и развития образования УРМУО") == ["Отдел мониторинга и развития образования УРМУО"])
        #expect(splitter.split("взаимодействия с МОУ УРМУО") == ["взаимодействия с МОУ УРМУО"])
        #expect(ResponsibleSplitter(column: []).split("Руководители ОО ИМЦ УО") == ["Руководители ОО ИМЦ УО"])
    }

    @Test func commasInsideBracketsAndQuotesDoNotSplit() {
        let splitter = ResponsibleSplitter(column: [])
        #expect(splitter.split("Центр «Точка роста, IT», УО") == ["Центр «Точка роста, IT»", "УО"])
        #expect(splitter.split("Отдел (сектор А, сектор Б); ИМЦ") == ["Отдел (сектор А, сектор Б)", "ИМЦ"])
        #expect(splitter.split("УО\nИМЦ") == ["УО", "ИМЦ"])
    }

    /// A position after a person's name stays with the name; a unit or a
    /// group after it is an entry of its own.
    @Test func aPositionAfterANameStaysWithIt() {
        let splitter = ResponsibleSplitter(column: ["УО"])
        #expect(splitter.split("Петрова А.В., ведущий специалист УО") == ["Петрова А.В., ведущий специалист УО"])
        #expect(splitter.split("Гусев П.П., методист ИМЦ; Орлова Н.Н., учитель-логопед")
            == ["Гусев П.П., методист ИМЦ", "Орлова Н.Н., учитель-логопед"])
        #expect(splitter.split("Гусев П.П., заместитель начальника УО, Орлова Н.Н.")
            == ["Гусев П.П., заместитель начальника УО", "Орлова Н.Н."])
        #expect(splitter.split("Королюк А.А., методическая служба") == ["Королюк А.А.", "методическая служба"])
        #expect(splitter.split("Иванова И.И., учителя-предметники") == ["Иванова И.И.", "учителя-предметники"])
        #expect(splitter.split("Козлова Е.Н., ИМЦ") == ["Козлова Е.Н.", "ИМЦ"])
        #expect(splitter.split("руководители ОО, методист ИМЦ") == ["руководители ОО", "методист ИМЦ"])
        #expect(splitter.split("Петрова А.В.\nведущий специалист") == ["Петрова А.В.", "ведущий специалист"])
    }
}
