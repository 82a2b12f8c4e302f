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
        let session = try Session("terek", made: [
            "--empty", "--period", "2022",
            "--title", "Дорожная карта по поддержке школ с низкими образовательными результатами",
            "--municipality", "Терский муниципальный район",
        ], dashboard: ["--as-of", "01.01.2022"])
        defer { session.end() }
        let (data, pane) = (session.data, session.pane)
        pane.expectScreen("Дорожная карта")

        // A section first: `a` says so.
        pane.send("a", literal: true)
        pane.expectScreen("сначала добавьте раздел (A)")
        pane.send("A", literal: true)
        pane.expectScreen("Новый раздел")
        pane.send("Tab")
        pane.send("Организационно-управленческое направление", literal: true)
        pane.send("F2")
        pane.expectScreen("добавлен раздел 1")

        // A school in the Школы pane.
        pane.send("BTab")
        pane.send("a", literal: true)
        pane.expectScreen("Новая школа")
        pane.send("МКОУ СОШ с.п. Урожайное", literal: true)
        pane.send("Tab")
        pane.send("Урожайное", literal: true)
        pane.send("Enter")
        pane.expectScreen("добавлена школа «Урожайное» (код urozhaynoe)")

        // A measure in the timeline, its deadline read as it is typed.
        pane.send("Tab")
        pane.send("a", literal: true)
        pane.expectScreen("Новое мероприятие")
        pane.send("C-u")
        pane.send("1", literal: true)
        pane.send("Tab"); pane.send("Tab")
        pane.send(Self.title, literal: true)
        pane.send("Tab")
        pane.send("Февраль", literal: true)
        pane.expectScreen("Срок прочитан: 01.02.2022 – 28.02.2022")
        pane.send("Tab")
        pane.send("Отдел образования; ИМЦ", literal: true)
        pane.send("Enter")
        pane.expectScreen("добавлено мероприятие 1")
        pane.expectScreen("▸1 Проведение со")

        // The deadline moves by order: e, to the deadline, a new one.
        pane.send("e", literal: true)
        pane.expectScreen("Мероприятие 1 ")
        pane.send("Tab"); pane.send("Tab"); pane.send("Tab")
        pane.send("End"); pane.send("C-u")
        pane.send("Март-апрель", literal: true)
        pane.expectScreen("Срок прочитан: 01.03.2022 – 30.04.2022")
        pane.send("F2")
        pane.expectScreen("мероприятие 1 изменено — сохранено в measures.json")
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
        let session = try Session("roadmap", made: ["--empty", "--period", "2022"], dashboard: ["--as-of", "01.01.2022"])
        defer { session.end() }
        let (data, pane) = (session.data, session.pane)
        func addMeasure(_ title: String, deadline: String) {
            pane.send("Tab"); pane.send("Tab")
            pane.send(title, literal: true)
            pane.send("Tab")
            pane.send(deadline, literal: true)
            pane.send("F2")
        }
        // The empty roadmap says how to start, on the timeline and the bottom line.
        pane.expectScreen("A — добавить раздел, a — добавить")
        pane.expectScreen(" A раздел  Tab панель")

        pane.send("A", literal: true)
        pane.send("Tab")
        pane.send("Организационно-управленческое направление", literal: true)
        pane.send("F2")
        pane.expectScreen("▸1. Организационн")
        pane.expectScreen("мероприятий нет — a добавить")
        pane.send("a", literal: true)
        pane.expectScreen("Номер             1.1 ")
        addMeasure("Совещание с руководителями ШНОР", deadline: "Февраль")
        pane.expectScreen("добавлено мероприятие 1.1 — сохранено в measures.json")

        // Section 2, empty, listed and selected: `a` adds into it as 2.1.
        pane.send("A", literal: true)
        pane.send("Tab")
        pane.send("Методическое сопровождение", literal: true)
        pane.send("F2")
        pane.expectScreen("▸2. Методическое")
        pane.send("a", literal: true)
        pane.expectScreen("Номер             2.1 ")
        addMeasure("Семинар для учителей математики", deadline: "Март")
        pane.expectScreen("добавлено мероприятие 2.1 — сохранено в measures.json")

        // From 1.1, `a` proposes 1.2; choosing section 2 proposes 2.2 instead.
        pane.send("Up")
        pane.expectScreen("▸1.1")
        pane.send("a", literal: true)
        pane.expectScreen("Номер             1.2 ")
        pane.send("Tab"); pane.send("Right")
        pane.expectScreen("Номер             2.2 ")
        // A number typed by hand out of order, then R puts the section right.
        pane.send("BTab"); pane.send("End"); pane.send("C-u")
        pane.send("2.7", literal: true)
        addMeasure("Курсы повышения квалификации", deadline: "Апрель")
        pane.expectScreen("добавлено мероприятие 2.7")
        pane.send("R", literal: true)
        pane.expectScreen("раздел 2 перенумерован: изменено номеров — 1")
        pane.expectScreen("▸2.2 Курсы")
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
        let session = try Session("vladivostok", made: ["--sample", "vladivostok-2020"], dashboard: [])
        defer { session.end() }
        let (data, pane) = (session.data, session.pane)
        pane.expectScreen("город Владивосток")
        pane.send("У", literal: true)
        pane.expectScreen("Реквизиты справки")
        pane.expectScreen("Подпись           Л.И. Чижова")
        pane.send("Tab"); pane.send("Tab"); pane.send("Tab")
        pane.send("Приложение № 3 к письму Управления от 01.06.2021 № 9", literal: true)
        pane.expectScreen("от 01.06.2021 № 9")
        pane.send("Tab"); pane.send("Tab"); pane.send("Tab")
        pane.send("Петрова Анна Ивановна", literal: true)
        pane.send("Tab")
        pane.send("8 (423) 240-00-00", literal: true)
        pane.expectScreen("240-00-00")
        pane.send("F2")
        pane.expectScreen("реквизиты справки изменены — сохранено в roadmap.json")
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

    /// A data directory made by `roadmap init DIR …` in a folder of its own,
    /// and the dashboard opened on it in an 80×24 pane («код:N» after quitting).
    struct Session {
        let folder: URL
        let data: URL
        let pane: TmuxPane

        init(_ name: String, made arguments: [String], dashboard options: [String]) throws {
            folder = try TerminalFixture.temporaryFolder(name)
            data = folder.appendingPathComponent(name)
            let made = Spawn.run(TerminalFixture.binary.path, ["init", data.path] + arguments)
            try #require(made.status == 0, "roadmap init: код \(made.status)")
            pane = try TmuxPane(width: 80, height: 24)
            let words = ([TerminalFixture.binary.path] + options + ["--data", data.path]).map { "'\($0)'" }
            pane.run(words.joined(separator: " ") + "; echo \"код:$?\"")
        }

        func end() {
            pane.kill()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    private func json(_ data: URL, _ name: String) throws -> [String: Any] {
        let bytes = try Data(contentsOf: data.appendingPathComponent(name))
        return try JSONSerialization.jsonObject(with: bytes) as? [String: Any] ?? [:]
    }
}
