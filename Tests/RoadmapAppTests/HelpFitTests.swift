import Testing
import RoadmapModel
@testable import RoadmapApp

/// The help at 80×24 and 120×40: every key of the screen, the editing
/// ones included, read off the grid — scrolling where it must.
@Suite struct HelpFitTests {
    /// Every line the help shows from top to bottom, scrolling with ↓.
    func allHelpText(_ state: AppState) -> String {
        var state = state
        press(&state, .character("?"))
        var seen: [String] = []
        var previous = -1
        while state.helpScroll != previous {
            previous = state.helpScroll
            seen += App.render(state).lines
            press(&state, .down)
        }
        #expect(state.helpOpen, "the arrows scroll, they do not close")
        press(&state, .character("x"))
        #expect(!state.helpOpen, "another key closes")
        return seen.joined(separator: "\n")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func everyKeyOfTheDashboardIsListed(width: Int, height: Int) {
        let text = allHelpText(Terek.state(width: width, height: height))
        for binding in Keymap.bindings(in: .coordinator) {
            let label = Keymap.label(binding.keys[0])
            #expect(text.contains(label), "\(label) \(binding.help)")
            #expect(text.contains(binding.help), "\(binding.help)")
        }
        #expect(text.contains("Правка и школы:"))
        #expect(text.contains("Enter сохранить, найти"))
        #expect(text.contains("Школы:  █ выполнено"))
    }

    @Test func atEightyByTwentyFourItScrollsAndSaysSo() {
        var state = Terek.state(width: 80, height: 24)
        press(&state, .character("?"))
        var grid = App.render(state)
        #expect(grid.contains("Справка — ↑ ↓ листать, другая клавиша закрывает"))
        #expect(grid.contains("↓ ещё"))
        press(&state, .end)
        grid = App.render(state)
        #expect(state.helpOpen && state.helpScroll > 0)
        #expect(!grid.contains("↓ ещё"))
        #expect(grid.contains("ТР «Точка роста»"))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theControlHelpSaysWhatNewMeans(width: Int, height: Int) {
        let text = allHelpText(Terek.state(.control, width: width, height: height))
        for binding in Keymap.bindings(in: .control) {
            #expect(text.contains(binding.help), "\(binding.help)")
        }
        #expect(text.contains("новое — впервые просрочено после прошлого часа контроля (месяц назад)"))
        #expect(text.contains("также: другие ответственные; считается у первого названного"))
    }
}
