import Foundation
import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

/// `E` edits what the справка carries besides the table: the order it was
/// approved by, the appendix line, the signature, the executor — kept in
/// roadmap.json like the rest of the plan.
@Suite struct FormRequisitesTests {
    @Test func theFormOpensOnWhatTheRoadmapHolds() {
        var state = Terek.state(width: 120, height: 40)
        press(&state, .character("E"))
        #expect(state.form?.purpose == .editRequisites)
        #expect(state.form?.text(.signerPosition) == "Директор ИМЦ")
        #expect(state.form?.text(.signerName) == "Л.П. Шидукова")
        let screen = App.render(state)
        #expect(screen.contains("Реквизиты справки"))
        #expect(screen.contains("Подпись           Л.П. Шидукова"))
        #expect(screen.contains("Должность         Директор ИМЦ"))
        #expect(screen.contains("кто утвердил дорожную карту"), "the focused field says what goes in it")
        // With the Russian layout on, the same physical key (Shift+У).
        var russian = Terek.state(width: 80, height: 24)
        press(&russian, .character("У"))
        #expect(russian.form?.purpose == .editRequisites)
    }

    @Test func typedRequisitesAreSavedToRoadmapJSONAndUndone() throws {
        var state = Terek.state(width: 120, height: 40)
        let before = state.data
        press(&state, .character("E"))
        type(&state, "Управление образования администрации Терского муниципального района")
        press(&state, .tab)
        type(&state, "14.01.2022")
        press(&state, .tab)
        type(&state, "12-о")
        press(&state, .tab)
        type(&state, "Приложение № 2 к письму Управления образования от 30.06.2022 № 815")
        press(&state, .tab, .tab, .tab)
        type(&state, "Шидукова Лариса Петровна")
        press(&state, .tab)
        type(&state, "8 (86632) 4-12-57")
        let effects = press(&state, .function(2))
        #expect(state.form == nil)
        #expect(effects == [.save(state.data, [.roadmap])])
        let roadmap = state.data.roadmap
        #expect(roadmap.order == ApprovingOrder(number: "12-о", date: Day(year: 2022, month: 1, day: 14),
                                                issuer: "Управление образования администрации Терского муниципального района"))
        #expect(roadmap.requisites.appendix == "Приложение № 2 к письму Управления образования от 30.06.2022 № 815")
        #expect(roadmap.requisites.executor == "Шидукова Лариса Петровна")
        #expect(roadmap.requisites.executorPhone == "8 (86632) 4-12-57")
        #expect(roadmap.requisites.signerName == "Л.П. Шидукова", "untouched fields keep their values")
        #expect(state.message?.text == "реквизиты справки изменены")

        // What is saved is what the store reads back.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("requisites-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DataDirectory(folder).create(state.data)
        let loaded = try #require(DataDirectory(folder).load().data)
        #expect(loaded.roadmap.requisites == roadmap.requisites)
        #expect(loaded.roadmap.order == roadmap.order)

        press(&state, .character("u"))
        #expect(state.data.roadmap == before.roadmap)
    }

    @Test func aWrongDateOrAPhoneWithoutAnExecutorIsRefusedBesideItsField() {
        var state = Terek.state(width: 80, height: 24)
        press(&state, .character("E"), .tab)
        type(&state, "14 января")
        press(&state, .function(2))
        #expect(state.form?.problems.map(\.field) == [.orderDate])
        #expect(state.message?.text == "не сохранено: дата «14 января» не прочитана: нужен вид ДД.ММ.ГГГГ")
        press(&state, .control("u"))
        type(&state, "14.01.2022")
        press(&state, .function(2))
        #expect(state.form?.problems.map(\.field) == [.orderNumber], "a date with no number cites nothing")
        #expect(state.form?.focusedField.id == .orderNumber, "the refused field takes the cursor")
        for _ in 0..<5 { press(&state, .tab) }
        type(&state, "4-12-57")
        press(&state, .function(2))
        #expect(state.form?.problems.map(\.field) == [.orderNumber, .executor])
        #expect(state.data.roadmap == Terek.data.roadmap, "nothing changed until every field is right")
    }

    @Test func emptiedFieldsLeaveTheLineOut() {
        var state = Terek.state(width: 120, height: 40)
        press(&state, .character("E"))
        for _ in 0..<5 { press(&state, .tab) }
        #expect(state.form?.focusedField.id == .signerName)
        press(&state, .control("u"))
        type(&state, "   ")
        press(&state, .function(2))
        #expect(state.form?.problems.isEmpty ?? true)
        #expect(state.data.roadmap.requisites.signerName == nil)
        #expect(state.data.roadmap.requisites.signerPosition == "Директор ИМЦ")
    }

    @Test func readOnlyAndControlRefuseIt() {
        for mode in [AppMode.coordinator(readOnly: true), .control] {
            var state = Terek.state(mode, width: 120, height: 40)
            press(&state, .character("E"))
            #expect(state.form == nil, "\(mode)")
        }
    }
}
