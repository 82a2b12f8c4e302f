import RoadmapModel
import Testing
import TextWidth
@testable import RoadmapApp

@Suite struct KeymapTests {
    @Test func russianLayoutLettersActAsTheLatinKeyOnTheSamePlace() {
        let pairs: [(Character, Character)] = [("й", "q"), ("в", "d"), ("з", "p"), ("т", "n"), ("с", "c"),
                                               ("г", "u"), ("о", "j"), ("л", "k"), ("р", "h"), ("д", "l"),
                                               ("х", "["), ("ъ", "]"), ("е", "t"), ("к", "r"), ("ы", "s"),
                                               ("а", "f"), ("ч", "x"), ("п", "g"), (".", "/"), (",", "?")]
        for (russian, latin) in pairs {
            for context in [KeyContext.coordinator, .control] {
                #expect(Keymap.action(for: .character(russian), in: context)
                        == Keymap.action(for: .character(latin), in: context), "\(russian) ≠ \(latin)")
            }
            #expect(Keymap.action(for: .character(russian), in: .coordinator) != nil
                    || Keymap.action(for: .character(latin), in: .coordinator) == nil)
        }
        #expect(Keymap.action(for: .character("Й"), in: .coordinator) == .quit)
    }

    /// What the README and the help say about the `/` key in the Russian
    /// layout: `.` searches, `,` (Shift) opens the help; `б` and `ю`, on
    /// the Latin `,` and `.` keys, are no hotkeys.
    @Test func theSlashKeyInTheRussianLayoutSearchesAndHelps() {
        #expect(Keymap.action(for: .character("."), in: .coordinator) == .search)
        #expect(Keymap.action(for: .character(","), in: .coordinator) == .help)
        #expect(Keymap.action(for: .character(","), in: .control) == .help)
        for key: Character in ["б", "ю", "Б", "Ю"] {
            #expect(Keymap.action(for: .character(key), in: .coordinator) == nil, "\(key)")
        }
        #expect(Keymap.label(.character("/")) == "/ .")
        #expect(Keymap.label(.character("?")) == "?/,")
    }

    @Test func everyLetterHotkeyHasARussianTwinInTheHelp() {
        for binding in Keymap.bindings {
            for key in binding.keys {
                guard case .character(let c) = key, c.isLetter else { continue }
                let twin = RussianLayout.russian(for: c)
                #expect(twin != nil, "\(c)")
                #expect(Keymap.label(key) == "\(c)/\(twin!)")
            }
        }
    }

    @Test func йQuits() {
        var state = Fixture.state()
        #expect(press(&state, .character("й")) == [.quit])
        #expect(state.shouldQuit)
        var control = Fixture.state(.control)
        #expect(press(&control, .character("й")) == [.quit])
    }

    @Test func вMarksDoneLikeD() {
        var state = Fixture.state()
        press(&state, .character("в"))
        guard case .note(let draft) = state.input else {
            Issue.record("в should open the note editor as d does")
            return
        }
        #expect(draft.keys == [ProgressKey(measure: "1.1")])
        // In the editor Russian letters are text, not hotkeys.
        type(&state, "йцук")
        #expect(state.input.editor?.text == "йцук")
        #expect(!state.shouldQuit)
    }

    @Test func оAndЛMoveLikeJAndK() {
        var state = Fixture.state()
        press(&state, .character("о"))
        #expect(state.selectedMeasure?.id == "1.2")
        press(&state, .character("л"))
        #expect(state.selectedMeasure?.id == "1.1")
    }

    @Test func questionMarkF1AndTheRussianCommaOpenTheHelp() {
        for key: Key in [.character("?"), .function(1), .character(",")] {
            var state = Fixture.state()
            press(&state, key)
            #expect(state.helpOpen)
            press(&state, .character("x"))
            #expect(!state.helpOpen)
            #expect(state.filters == Filters(), "a key that closes the help does nothing else")
        }
    }

    @Test func theHintLineComesFromTheKeymap() {
        let state = Fixture.state(width: 200, height: 60)
        let hints = App.render(state).line(59)
        for binding in Keymap.bindings(in: .coordinator) {
            guard let hint = binding.hint, binding.action != .close else { continue }
            let keys = binding.hintKeys ?? Keymap.label(binding.keys[0], russian: false)
            #expect(hints.contains("\(keys) \(hint)"), "\(keys) \(hint)")
        }
        #expect(!hints.contains("закрыть"), "Esc has nothing to close")
    }

    @Test func theHintLineKeepsHelpAndQuitWhenNarrow() {
        let state = Fixture.state(width: 60, height: 16)
        let hints = App.render(state).line(15)
        #expect(hints.contains("? справка"))
        #expect(hints.contains("q выход"))
        #expect(DisplayWidth.of(hints) == 60)
    }
}
