import Foundation
import Testing

/// Keeping the roadmap without touching JSON: from `roadmap init --empty`,
/// a section, a school and a measure are added in a real terminal, a
/// deadline is changed, and the files, the timeline and `roadmap validate`
/// agree.
@Suite("Правка в панели: раздел, школа, мероприятие с нуля (tmux)", .serialized)
struct DashboardEditingTests {
    static let title = "Проведение совещания с руководителями ШНОР по результатам ВПР"

    @Test("roadmap init --empty, затем A, a, a, e в панели; validate доволен")
    func buildARoadmapFromNothing() throws {
        let folder = try TerminalFixture.temporaryFolder("edit")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("terek")
        let made = Spawn.run(TerminalFixture.binary.path, [
            "init", data.path, "--empty", "--period", "2022",
            "--title", "Дорожная карта по поддержке школ с низкими образовательными результатами",
            "--municipality", "Терский муниципальный район",
        ])
        try #require(made.status == 0, "roadmap init --empty: код \(made.status)")
        let pane = try TmuxPane(width: 80, height: 24)
        defer { pane.kill() }
        func expectScreen(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
            let found = pane.waitForScreen { $0.contains(text) }
            #expect(found, "нет «\(text)» на экране:\n\(pane.screen())", sourceLocation: sourceLocation)
        }
        pane.run("'\(TerminalFixture.binary.path)' --as-of 01.01.2022 --data '\(data.path)'; echo \"код:$?\"")
        expectScreen("Дорожная карта")

        // A section first: `a` says so.
        pane.send("a", literal: true)
        expectScreen("сначала добавьте раздел (A)")
        pane.send("A", literal: true)
        expectScreen("Новый раздел")
        pane.send("Tab")
        pane.send("Организационно-управленческое направление", literal: true)
        pane.send("F2")
        expectScreen("добавлен раздел 1")

        // A school in the Школы pane.
        pane.send("BTab")
        pane.send("a", literal: true)
        expectScreen("Новая школа")
        pane.send("МКОУ СОШ с.п. Урожайное", literal: true)
        pane.send("Tab")
        pane.send("Урожайное", literal: true)
        pane.send("Enter")
        expectScreen("добавлена школа «Урожайное» (код urozhaynoe)")

        // A measure in the timeline, its deadline read as it is typed.
        pane.send("Tab")
        pane.send("a", literal: true)
        expectScreen("Новое мероприятие")
        pane.send("C-u")
        pane.send("1", literal: true)
        pane.send("Tab"); pane.send("Tab")
        pane.send(Self.title, literal: true)
        pane.send("Tab")
        pane.send("Февраль", literal: true)
        expectScreen("Срок прочитан: 01.02.2022 – 28.02.2022")
        pane.send("Tab")
        pane.send("Отдел образования; ИМЦ", literal: true)
        pane.send("Enter")
        expectScreen("добавлено мероприятие 1")
        expectScreen("▸1 Проведение со")

        // The deadline moves by order: e, to the deadline, a new one.
        pane.send("e", literal: true)
        expectScreen("Мероприятие 1 ")
        pane.send("Tab"); pane.send("Tab"); pane.send("Tab")
        pane.send("End"); pane.send("C-u")
        pane.send("Март-апрель", literal: true)
        expectScreen("Срок прочитан: 01.03.2022 – 30.04.2022")
        pane.send("F2")
        expectScreen("мероприятие 1 изменено — сохранено в measures.json")
        pane.send("q", literal: true)
        let back = pane.waitForScreen { $0.contains("код:0") }
        #expect(back, "после выхода:\n\(pane.screen())")

        let measures = try json(data, "measures.json")["measures"] as? [[String: Any]] ?? []
        #expect(measures.count == 1)
        #expect(measures.first?["id"] as? String == "1")
        #expect(measures.first?["section"] as? String == "1")
        #expect(measures.first?["title"] as? String == Self.title)
        #expect(measures.first?["deadline"] as? String == "Март-апрель")
        #expect(measures.first?["responsible"] as? [String] == ["Отдел образования", "ИМЦ"])
        #expect(measures.first?["scope"] as? String == "municipal")
        let schools = try json(data, "schools.json")["schools"] as? [[String: Any]] ?? []
        #expect(schools.first?["id"] as? String == "urozhaynoe")
        #expect(schools.first?["name"] as? String == "МКОУ СОШ с.п. Урожайное")
        #expect(schools.first?["programmes"] as? [String] == ["ШНОР"])
        let sections = try json(data, "roadmap.json")["sections"] as? [[String: Any]] ?? []
        #expect(sections.first?["title"] as? String == "Организационно-управленческое направление")

        let validated = Spawn.run(TerminalFixture.binary.path, ["validate", "--data", data.path])
        #expect(validated.status == 0, "\(validated.output)")
        let listed = Spawn.run(TerminalFixture.binary.path, ["list", "--data", data.path, "--as-of", "2022-05-01"])
        #expect(listed.output.contains("Март-апрель"), "\(listed.output)")
    }

    @Test("два раздела с нуля: пустой раздел в списке, номер 2.1 предложен, R нумерует раздел 2 как 2.1, 2.2")
    func twoSectionsFromNothing() throws {
        let folder = try TerminalFixture.temporaryFolder("sections")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("roadmap")
        let made = Spawn.run(TerminalFixture.binary.path, ["init", data.path, "--empty", "--period", "2022"])
        try #require(made.status == 0, "roadmap init --empty: код \(made.status)")
        let pane = try TmuxPane(width: 80, height: 24)
        defer { pane.kill() }
        func expectScreen(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
            let found = pane.waitForScreen { $0.contains(text) }
            #expect(found, "нет «\(text)» на экране:\n\(pane.screen())", sourceLocation: sourceLocation)
        }
        func addMeasure(_ title: String, deadline: String) {
            pane.send("Tab"); pane.send("Tab")
            pane.send(title, literal: true)
            pane.send("Tab")
            pane.send(deadline, literal: true)
            pane.send("F2")
        }
        pane.run("'\(TerminalFixture.binary.path)' --as-of 01.01.2022 --data '\(data.path)'; echo \"код:$?\"")
        // The empty roadmap says how to start, on the timeline and the bottom line.
        expectScreen("A — добавить раздел, a — добавить")
        expectScreen(" A раздел  Tab панель")

        pane.send("A", literal: true)
        pane.send("Tab")
        pane.send("Организационно-управленческое направление", literal: true)
        pane.send("F2")
        expectScreen("▸1. Организационн")
        expectScreen("мероприятий нет — a добавить")
        pane.send("a", literal: true)
        expectScreen("Номер             1.1 ")
        addMeasure("Совещание с руководителями ШНОР", deadline: "Февраль")
        expectScreen("добавлено мероприятие 1.1 — сохранено в measures.json")

        // Section 2, empty, listed and selected: `a` adds into it as 2.1.
        pane.send("A", literal: true)
        pane.send("Tab")
        pane.send("Методическое сопровождение", literal: true)
        pane.send("F2")
        expectScreen("▸2. Методическое")
        pane.send("a", literal: true)
        expectScreen("Номер             2.1 ")
        addMeasure("Семинар для учителей математики", deadline: "Март")
        expectScreen("добавлено мероприятие 2.1 — сохранено в measures.json")

        // From 1.1, `a` proposes 1.2; choosing section 2 proposes 2.2 instead.
        pane.send("Up")
        expectScreen("▸1.1")
        pane.send("a", literal: true)
        expectScreen("Номер             1.2 ")
        pane.send("Tab"); pane.send("Right")
        expectScreen("Номер             2.2 ")
        // A number typed by hand out of order, then R puts the section right.
        pane.send("BTab"); pane.send("End"); pane.send("C-u")
        pane.send("2.7", literal: true)
        addMeasure("Курсы повышения квалификации", deadline: "Апрель")
        expectScreen("добавлено мероприятие 2.7")
        pane.send("R", literal: true)
        expectScreen("раздел 2 перенумерован: изменено номеров — 1")
        expectScreen("▸2.2 Курсы")
        pane.send("q", literal: true)
        #expect(pane.waitForScreen { $0.contains("код:0") }, "после выхода:\n\(pane.screen())")

        let measures = try json(data, "measures.json")["measures"] as? [[String: Any]] ?? []
        #expect(measures.map { $0["id"] as? String } == ["1.1", "2.1", "2.2"])
        #expect(measures.map { $0["section"] as? String } == ["1", "2", "2"])
        #expect(measures.last?["title"] as? String == "Курсы повышения квалификации")
        let sections = try json(data, "roadmap.json")["sections"] as? [[String: Any]] ?? []
        #expect(sections.map { $0["number"] as? String } == ["1", "2"])
        let validated = Spawn.run(TerminalFixture.binary.path, ["validate", "--data", data.path])
        #expect(validated.status == 0, "\(validated.output)")
    }

    @Test("E (и Shift+У): реквизиты справки правятся в панели и печатаются в справке")
    func requisitesTypedInTheDashboardReachTheReport() throws {
        let folder = try TerminalFixture.temporaryFolder("requisites")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("vladivostok")
        let made = Spawn.run(TerminalFixture.binary.path, ["init", data.path, "--sample", "vladivostok-2020"])
        try #require(made.status == 0, "roadmap init: код \(made.status)")
        let pane = try TmuxPane(width: 80, height: 24)
        defer { pane.kill() }
        func expectScreen(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
            let found = pane.waitForScreen { $0.contains(text) }
            #expect(found, "нет «\(text)» на экране:\n\(pane.screen())", sourceLocation: sourceLocation)
        }
        pane.run("'\(TerminalFixture.binary.path)' --data '\(data.path)'; echo \"код:$?\"")
        expectScreen("город Владивосток")
        pane.send("У", literal: true)
        expectScreen("Реквизиты справки")
        expectScreen("Подпись           Л.И. Чижова")
        pane.send("Tab"); pane.send("Tab"); pane.send("Tab")
        pane.send("Приложение № 3 к письму Управления от 01.06.2021 № 9", literal: true)
        expectScreen("от 01.06.2021 № 9")
        pane.send("Tab"); pane.send("Tab"); pane.send("Tab")
        pane.send("Петрова Анна Ивановна", literal: true)
        pane.send("Tab")
        pane.send("8 (423) 240-00-00", literal: true)
        expectScreen("240-00-00")
        pane.send("F2")
        expectScreen("реквизиты справки изменены — сохранено в roadmap.json")
        pane.send("q", literal: true)
        #expect(pane.waitForScreen { $0.contains("код:0") }, "после выхода:\n\(pane.screen())")

        let report = try json(data, "roadmap.json")["report"] as? [String: Any] ?? [:]
        #expect(report["appendix"] as? String == "Приложение № 3 к письму Управления от 01.06.2021 № 9")
        #expect(report["executor"] as? String == "Петрова Анна Ивановна")
        #expect(report["executorPhone"] as? String == "8 (423) 240-00-00")
        #expect(report["signerName"] as? String == "Л.И. Чижова")
        let printed = Spawn.run(TerminalFixture.binary.path, ["report", "--data", data.path, "--as-of", "01.03.2021",
                                                               "--format", "md"])
        #expect(printed.output.contains("Приложение № 3 к письму Управления от 01.06.2021 № 9"), "\(printed.output)")
        #expect(printed.output.contains("Исполнитель: Петрова Анна Ивановна, тел. 8 (423) 240-00-00"))
        let validated = Spawn.run(TerminalFixture.binary.path, ["validate", "--data", data.path])
        #expect(validated.status == 0, "\(validated.output)")
    }

    private func json(_ data: URL, _ name: String) throws -> [String: Any] {
        let bytes = try Data(contentsOf: data.appendingPathComponent(name))
        return try JSONSerialization.jsonObject(with: bytes) as? [String: Any] ?? [:]
    }
}
