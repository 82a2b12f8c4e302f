import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

/// Data read again from disk (`Msg.reloaded`) on the Terek 2022 sample: the
/// second coordinator's edits appear, the first one's place stays.
@Suite struct ReloadTests {
    static let asOf = Day(year: 2022, month: 5, day: 16)!

    static func terek() throws -> RoadmapData {
        try #require(DataDirectory(FormBuildsTerekTests.sample).load().data)
    }

    static func state(_ data: RoadmapData) -> AppState {
        AppState(data: data, directory: "/srv/roadmap/terek", mode: .coordinator(readOnly: false),
                 today: asOf, asOf: asOf, width: 120, height: 50,
                 user: "Шидукова Л.П.", now: "2022-05-16T09:00:00+03:00")
    }

    /// What the second coordinator's `roadmap mark` leaves in the files.
    static func mark(_ key: ProgressKey, _ status: Status, note: String? = nil, in data: inout RoadmapData) {
        data.apply(HistoryEntry(at: "2022-05-16T11:20:00+03:00", by: "Кочесокова Ф.А.", status: status, note: note,
                                doneOn: status == .done ? asOf : nil), to: key)
    }

    func select(_ id: String, _ state: inout AppState) {
        press(&state, .home)
        while state.selectedMeasure?.id != id, state.selectedMeasure != nil {
            let row = state.timelineList.selected
            press(&state, .down)
            if state.timelineList.selected == row { break }
        }
    }

    func reload(_ data: RoadmapData, _ state: inout AppState) {
        #expect(App.update(&state, .reloaded(.changedOutside(["progress/municipal.json"]), .data(data))).isEmpty)
    }

    @Test func aFilterAndTheSelectedMeasureSurviveAnotherCoordinatorsMark() throws {
        let terek = try Self.terek()
        var state = Self.state(terek)
        press(&state, .character("r"))
        type(&state, "руководители")
        press(&state, .enter)
        select("5", &state)
        press(&state, .enter)
        #expect(state.selectedMeasure?.id == "5")
        #expect(state.detailOpen)
        let row = state.timelineList.selected

        // Elsewhere: a measure added above the selected one, and Хамидие's
        // part of 5. marked done with a note.
        var theirs = terek
        var added = try #require(terek.measure("4"))
        added.id = "4a"
        added.number = "4a."
        added.title = "Собеседование с руководителями ОО по итогам четверти"
        theirs.measures.insert(added, at: 4)
        Self.mark(ProgressKey(measure: "5", school: "khamidie"), .done, note: "План проанализирован на педсовете", in: &theirs)
        reload(theirs, &state)

        #expect(state.filters.responsible == "руководители")
        #expect(state.selectedMeasure?.id == "5")
        #expect(state.timelineList.selected == row + 1)
        #expect(state.detailOpen)
        #expect(state.focus == .timeline)
        let grid = App.render(state)
        let note = grid.contains("План проанализирован на педсовете")
        let line = grid.contains("Хамидие — Выполнено")
        #expect(note && line)
        #expect(state.view.rows[row - 1] == .measure(4))  // the added one, just above
        press(&state, .escape)
        let title = App.render(state).contains("Дорожная карта · ответственный: руководители")
        #expect(title)
        #expect(!state.view.overdue.contains { $0.key == ProgressKey(measure: "5", school: "khamidie") })
    }

    @Test func aDeletedMeasureGivesWayToItsNeighbour() throws {
        let terek = try Self.terek()
        var state = Self.state(terek)
        select("6", &state)
        var theirs = terek
        theirs.deleteMeasure("6")
        reload(theirs, &state)
        #expect(state.selectedMeasure?.id == "7")
        let shown = App.render(state).contains("Диагностика уровня освоения")
        #expect(shown)

        // The last measure listed has no follower: the one before it.
        select("18", &state)
        theirs.deleteMeasure("18")
        reload(theirs, &state)
        #expect(state.selectedMeasure?.id == "17")
        #expect(state.occurrence == 0)
    }

    @Test func theOnlyMeasureAFilterFoundDeletedLeavesAnEmptyListNotACrash() throws {
        let terek = try Self.terek()
        var state = Self.state(terek)
        press(&state, .character("/"))
        type(&state, "консилиум")
        press(&state, .enter)
        #expect(state.selectedMeasure?.id == "9")
        press(&state, .enter)
        var theirs = terek
        theirs.deleteMeasure("9")
        reload(theirs, &state)
        #expect(state.filters.search == "консилиум")
        #expect(state.selectedMeasure == nil)
        let empty = App.render(state).contains("мероприятие не выбрано")
        #expect(empty)
        press(&state, .down, .character(" "))
        #expect(state.message?.isError == true)
    }

    @Test func theChosenSchoolIsFoundByItsIdAndFallsBackToAllSchoolsWhenGone() throws {
        let terek = try Self.terek()
        var state = Self.state(terek)
        press(&state, .backTab)
        #expect(state.focus == .schools)
        press(&state, .down, .down)
        #expect(state.filters.school == "khamidie")

        // A school added first in the list moves Хамидие a row down.
        var theirs = terek
        var newcomer = try #require(terek.school("urozhaynoe"))
        newcomer.id = "akbash"
        newcomer.name = "МКОУ СОШ с.п. Акбаш"
        newcomer.shortName = "Акбаш"
        theirs.schools.insert(newcomer, at: 0)
        reload(theirs, &state)
        #expect(state.filters.school == "khamidie")
        #expect(state.schoolsList.selected == 3)

        theirs.deleteSchool("khamidie")
        reload(theirs, &state)
        #expect(state.filters.school == nil)
        #expect(state.schoolsList.selected == 0)
        #expect(state.focus == .schools)
        let grid = App.render(state)
        let all = try #require(grid.find("Все школы"))
        #expect(grid[all.x, all.y].role == .selection)
    }

    @Test func undoIsDroppedSoItCannotWriteOverSomeoneElsesChange() throws {
        let terek = try Self.terek()
        var state = Self.state(terek)
        select("5", &state)
        press(&state, .character("p"))
        #expect(state.undo.count == 1)
        var theirs = state.data
        Self.mark(ProgressKey(measure: "6", school: "khamidie"), .done, in: &theirs)
        reload(theirs, &state)
        #expect(state.undo.isEmpty)
        #expect(press(&state, .character("u")).isEmpty)
        #expect(state.message?.text == "нечего отменять")
        #expect(state.data == theirs)
    }

    @Test func theOverduePaneKeepsItsItemWhenItemsAboveItGo() throws {
        let terek = try Self.terek()
        var state = Self.state(terek)
        press(&state, .tab)
        #expect(state.focus == .overdue)
        press(&state, .down, .down, .down)
        let item = try #require(state.selectedOverdue)
        let above = state.view.overdue[0].key
        var theirs = terek
        Self.mark(above, .done, in: &theirs)
        reload(theirs, &state)
        #expect(state.selectedOverdue?.key == item.key)
        #expect(state.overdueList.selected == 2)
        #expect(state.focus == .overdue)
    }

    @Test func theAsOfDateAndTheOccurrenceOfARecurringMeasureStay() throws {
        let terek = try Self.terek()
        var state = Self.state(terek)
        press(&state, .character("["))
        press(&state, .character("o"))
        select("18", &state)
        press(&state, .left, .left)
        let occurrence = state.occurrence
        let window = state.selectedWindow
        #expect(occurrence != state.defaultOccurrence())
        var theirs = terek
        Self.mark(ProgressKey(measure: "18", occurrence: try #require(window).end), .done, in: &theirs)
        reload(theirs, &state)
        #expect(state.asOf == Self.asOf.adding(months: -1))
        #expect(state.showFormerSchools)
        #expect(state.selectedMeasure?.id == "18")
        #expect(state.occurrence == occurrence)
        #expect(state.selectedWindow == window)
    }

    /// The backend reads outside edits only when nothing is being typed or asked.
    @Test func aFormAQuestionOrTheEditorHoldTheReloadBack() throws {
        var state = Self.state(try Self.terek())
        #expect(!state.isMidEdit)
        press(&state, .character("/"))
        #expect(state.isMidEdit)
        press(&state, .escape)
        press(&state, .character("e"))
        #expect(state.form != nil)
        #expect(state.isMidEdit)
        press(&state, .escape)
        press(&state, .character("D"))
        #expect(state.confirmation != nil)
        #expect(state.isMidEdit)
    }
}
