import Testing
import RoadmapModel
@testable import RoadmapApp

/// A roadmap built from `roadmap init --empty`: an empty section is listed
/// and selectable, the proposed number follows the chosen section, a
/// section renumbers under its own number, and the empty screens say how
/// to start.
@Suite struct EmptySectionTests {
    func emptyState(width: Int = 80, height: Int = 24) -> AppState {
        AppState(data: FormSectionTests.empty, directory: "/srv/roadmap/terek", mode: .coordinator(readOnly: false),
                 today: Fixture.day(2022, 3, 1), width: width, height: height,
                 user: "Шидукова Л.П.", now: "2022-03-01T10:00:00+03:00")
    }

    func addSection(_ title: String, _ state: inout AppState) {
        press(&state, .character("A"), .tab)
        type(&state, title)
        press(&state, .function(2))
    }

    /// `a`, the title and the deadline; the number left as proposed unless given.
    func addMeasure(_ title: String, number: String? = nil, _ state: inout AppState) {
        press(&state, .character("a"))
        if let number {
            press(&state, .end, .control("u"))
            type(&state, number)
        }
        press(&state, .tab, .tab)
        type(&state, title)
        press(&state, .tab)
        type(&state, "Март 2022 г.")
        press(&state, .function(2))
    }

    @Test func aNewSectionIsListedSelectedAndTakesItsFirstMeasure() throws {
        var state = emptyState()
        addSection("Организационно-управленческое направление", &state)
        #expect(state.view.rows == [.emptySection(number: "1", title: "Организационно-управленческое направление")])
        #expect(state.selectedEmptySection == "1")
        addMeasure("Совещание с руководителями ОО", &state)
        addMeasure("Анализ результатов ВПР", &state)
        #expect(state.data.measures.map(\.id) == ["1.1", "1.2"])

        addSection("Методическое сопровождение", &state)
        #expect(state.data.roadmap.sections.map(\.number) == ["1", "2"])
        #expect(state.view.rows.last == .emptySection(number: "2", title: "Методическое сопровождение"))
        #expect(state.selectedEmptySection == "2")
        press(&state, .character("a"))
        #expect(state.form?.text(.number) == "2.1")
        #expect(state.form?.field(.section)?.index == 1)
        press(&state, .escape)

        // Up to section 1's last measure and back down onto the empty section.
        press(&state, .up)
        #expect(state.selectedMeasure?.id == "1.2")
        press(&state, .down)
        #expect(state.selectedEmptySection == "2")
        // `e` on the empty section's row is the section's own form.
        press(&state, .character("e"))
        #expect(state.form?.purpose == .editSection("2"))
        press(&state, .escape)

        // K moves the empty section up with the selection on it; J back.
        press(&state, .character("K"))
        #expect(state.data.roadmap.sections.map(\.number) == ["2", "1"])
        #expect(state.selectedEmptySection == "2")
        press(&state, .character("J"))
        #expect(state.data.roadmap.sections.map(\.number) == ["1", "2"])
        #expect(state.selectedEmptySection == "2")

        addMeasure("Семинар для учителей математики", &state)
        addMeasure("Курсы повышения квалификации", &state)
        #expect(state.data.measures.map { "\($0.section):\($0.id)" } == ["1:1.1", "1:1.2", "2:2.1", "2:2.2"])
        #expect(!state.view.rows.contains { if case .emptySection = $0 { return true } else { return false } })
    }

    @Test func theProposedNumberFollowsTheChosenSectionUntilOneIsTyped() throws {
        var state = emptyState()
        addSection("Организационное", &state)
        addMeasure("Совещание", &state)
        addMeasure("Анализ", &state)
        addSection("Методическое", &state)
        press(&state, .up)
        #expect(state.selectedMeasure?.id == "1.2")
        press(&state, .character("a"))
        #expect(state.form?.text(.number) == "1.3")
        press(&state, .tab, .right)
        #expect(state.form?.text(.number) == "2.1")
        press(&state, .left)
        #expect(state.form?.text(.number) == "1.3")
        // A number the coordinator typed stays whatever the section.
        press(&state, .backTab, .end, .control("u"))
        type(&state, "2.5")
        press(&state, .tab, .right)
        #expect(state.form?.text(.number) == "2.5")
        press(&state, .left, .right)
        #expect(state.form?.text(.number) == "2.5")
        press(&state, .escape, .escape)
        #expect(state.form == nil)

        // Saved with the proposed «2.1»: it goes into section 2, not after «1.2».
        press(&state, .character("a"), .tab, .right, .tab)
        type(&state, "Семинар")
        press(&state, .tab)
        type(&state, "Апрель 2022 г.")
        press(&state, .function(2))
        #expect(state.data.measures.map { "\($0.section):\($0.id)" } == ["1:1.1", "1:1.2", "2:2.1"])
        #expect(state.selectedMeasure?.id == "2.1")
    }

    @Test func rRenumbersASectionUnderItsOwnNumber() throws {
        var state = emptyState()
        addSection("Организационное", &state)
        addMeasure("Совещание", &state)
        addMeasure("Анализ", &state)
        addSection("Методическое", &state)
        // Two measures typed into section 2 with section 1's numbers.
        addMeasure("Семинар", number: "1.3", &state)
        addMeasure("Курсы", number: "1.4", &state)
        #expect(state.data.measures.filter { $0.section == "2" }.map(\.id) == ["1.3", "1.4"])
        let effects = press(&state, .character("R"))
        #expect(state.data.measures.map(\.id) == ["1.1", "1.2", "2.1", "2.2"])
        #expect(state.selectedMeasure?.id == "2.2")
        #expect(state.message?.text == "раздел 2 перенумерован: изменено номеров — 2")
        #expect(effects == [.save(state.data, [.measures])])
    }

    @Test func theEmptyRoadmapSaysHowToStartAt80And120Columns() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let state = emptyState(width: width, height: height)
            let grid = App.render(state)
            // No schools: the timeline takes the whole width at 120 columns too.
            let layout = state.layout
            #expect(layout.timeline.x == 0)
            let pane = (layout.timeline.y + 2..<layout.timeline.maxY - 1).map {
                grid.text(x: layout.timeline.x + 1, y: $0, count: layout.timeline.width - 2)
                    .trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }.joined(separator: " ")
            #expect(pane == "Мероприятий нет. A — добавить раздел, a — добавить мероприятие; Shift-Tab, затем a — добавить школу",
                    "\(width)×\(height): \(pane)")
            let hints = grid.line(height - 1)
            #expect(hints.hasPrefix(" A раздел  Tab панель"), "\(hints)")
            #expect(!hints.contains("Пробел") && !hints.contains("выполнено"), "\(hints)")
            #expect(hints.contains("? справка") && hints.contains("q выход"))
        }
        // Read-only: no keys that would be refused.
        var readOnly = emptyState()
        readOnly.mode = .coordinator(readOnly: true)
        let grid = App.render(readOnly)
        #expect(grid.contains("Мероприятий нет."))
        #expect(!grid.contains("добавить раздел") && !grid.line(23).contains("A раздел"))
    }

    @Test func anEmptySectionRowNamesTheKeyAt80And120Columns() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            var state = emptyState(width: width, height: height)
            addSection("Организационно-управленческое направление", &state)
            addMeasure("Совещание с руководителями ОО", &state)
            addSection("Методическое сопровождение педагогов школ с низкими результатами", &state)
            let grid = App.render(state)
            let row = try #require(grid.find("мероприятий нет — a добавить"), "\(width)×\(height)")
            let line = grid.line(row.y)
            #expect(line.contains("▸2. Методическое"), "\(line)")
            let heading = try #require(grid.find("▸2."))
            #expect(grid[heading.x, heading.y].role == .selection)
            #expect(grid[row.x, row.y].role == .muted)
            // The bottom line: the section's row has nothing to mark.
            let hints = grid.line(height - 1)
            #expect(hints.hasPrefix(" A раздел  a мероприятие"), "\(hints)")
            #expect(!hints.contains("Пробел"))
            // On a measure, marking is back on the line.
            press(&state, .up)
            #expect(App.render(state).line(height - 1).hasPrefix(" Пробел d выполнено"))
        }
    }

    @Test func aFilterThatFindsNothingHidesEmptySections() throws {
        var state = emptyState()
        addSection("Организационное", &state)
        addMeasure("Совещание", &state)
        addSection("Методическое", &state)
        press(&state, .character("/"))
        type(&state, "Совещание")
        press(&state, .enter)
        #expect(state.view.rows.count == 2)
        #expect(state.selectedMeasure?.id == "1.1")
    }
}
