import Foundation
import RoadmapApp
@testable import RoadmapTerminal
import Testing

@Suite("Темы")
struct ThemeTests {
    static let themesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")
    static let builtinNames = ["default", "light", "high-contrast", "monochrome"]

    static func file(_ name: String) throws -> Theme {
        let data = try Data(contentsOf: themesFolder.appendingPathComponent("\(name).json"))
        return try ThemeParser.parse(data, source: "themes/\(name).json")
    }

    static func parseError(_ json: String) -> ThemeError? {
        do {
            _ = try ThemeParser.parse(Data(json.utf8), source: "themes/broken.json")
            return nil
        } catch {
            return error
        }
    }

    /// A valid theme text with one role's style replaced.
    static func theme(with role: String, style: String) -> String {
        let roles = Role.allCases.map { r in
            "\"\(r.rawValue)\": " + (r.rawValue == role ? style : "{\"fg\": \"default\"}")
        }
        return "{\"name\": \"t\", \"roles\": {\(roles.joined(separator: ", "))}}"
    }

    @Test("встроенные темы задают стиль каждой роли", arguments: builtinNames)
    func everyRole(name: String) throws {
        let theme = try Self.file(name)
        #expect(theme.name == name)
        for role in Role.allCases {
            #expect(theme.styles[role] != nil, "\(name): нет роли \(role.rawValue)")
        }
    }

    @Test("копия тем в BuiltinThemes.swift совпадает с themes/*.json байт в байт")
    func builtinCopyMatchesFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder.path)
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
        #expect(files == BuiltinThemes.json.keys.sorted())
        for name in files {
            let text = try String(contentsOf: Self.themesFolder.appendingPathComponent("\(name).json"), encoding: .utf8)
            #expect(BuiltinThemes.json[name] == text, "\(name).json изменён: запустите themes/update-builtin.sh")
        }
    }

    @Test("monochrome не задаёт цветов, а выделение и просрочку передаёт атрибутами")
    func monochromeCarriesMeaning() throws {
        let theme = try Self.file("monochrome")
        for (role, style) in theme.styles {
            #expect(style.foreground == .terminalDefault && style.background == .terminalDefault, "\(role)")
        }
        #expect(theme.styles[.selection]?.attributes.contains(.reverse) == true)
        #expect(theme.styles[.overdue]?.attributes.isEmpty == false)
        #expect(theme.styles[.error]?.attributes.isEmpty == false)
        #expect(theme.styles[.header]?.attributes.isEmpty == false)
        #expect(theme.styles[.selection] != theme.styles[.selectionUnfocused])
    }

    /// Dark blue or black text on the usual dark background cannot be read.
    @Test("default: на тёмном фоне нет тёмного текста ни в 256, ни в 8 цветах", arguments: [256, 8])
    func defaultThemeReadableOnDark(colors: Int) throws {
        let theme = try Self.file("default")
        for role in Role.allCases {
            let style = theme.style(for: role, colors: colors)
            guard style.background == .terminalDefault, case .indexed(let index) = style.foreground else { continue }
            if colors < 256 {
                #expect(![0, 4].contains(index), "\(role.rawValue): чёрный или синий текст на тёмном фоне")
            } else {
                let (r, g, b) = ThemeColor.rgb(of: index)
                let luminance = (299 * r + 587 * g + 114 * b) / 1000
                #expect(luminance >= 110, "\(role.rawValue): цвет \(index) слишком тёмный (\(luminance))")
            }
        }
    }

    @Test("на 8 цветах берётся fallback8, на 256 — основной стиль")
    func fallbackOnEightColours() throws {
        let theme = try Self.file("default")
        #expect(theme.style(for: .header, colors: 256).background == .indexed(24))
        #expect(theme.style(for: .header, colors: 8).background == .indexed(4))
        #expect(theme.style(for: .header, colors: 8).attributes == [.bold])
        #expect(theme.style(for: .normal, colors: 8) == Style())
    }

    @Test("цвета без fallback8 сводятся к ближайшим базовым")
    func automaticReduction() {
        #expect(ThemeColor.indexed(196).reduced(toColors: 8) == .indexed(1))
        #expect(ThemeColor.indexed(46).reduced(toColors: 8) == .indexed(2))
        #expect(ThemeColor.indexed(21).reduced(toColors: 8) == .indexed(4))
        #expect(ThemeColor.indexed(16).reduced(toColors: 8) == .indexed(0))
        #expect(ThemeColor.indexed(231).reduced(toColors: 8) == .indexed(7))
        #expect(ThemeColor.indexed(231).reduced(toColors: 16) == .indexed(15))
        #expect(ThemeColor.indexed(244).reduced(toColors: 8) == .indexed(7))
        #expect(ThemeColor.indexed(244).reduced(toColors: 16) == .indexed(8))
        #expect(ThemeColor.indexed(234).reduced(toColors: 8) == .indexed(0))
        #expect(ThemeColor.indexed(5).reduced(toColors: 8) == .indexed(5))
        #expect(ThemeColor.terminalDefault.reduced(toColors: 8) == .terminalDefault)
        #expect(ThemeColor.indexed(3).reduced(toColors: 2) == .terminalDefault)
        let theme = Theme(name: "t", styles: [.overdue: Style(foreground: .indexed(160), attributes: [.bold])])
        #expect(theme.style(for: .overdue, colors: 8) == Style(foreground: .indexed(1), attributes: [.bold]))
    }

    @Test("имена, числа и default как цвета; атрибуты")
    func colourForms() throws {
        let text = Self.theme(with: "overdue", style: #"{"fg": "red", "bg": 236, "attrs": ["bold", "underline"]}"#)
        let theme = try ThemeParser.parse(Data(text.utf8), source: "t.json")
        #expect(theme.styles[.overdue] == Style(foreground: .indexed(1), background: .indexed(236), attributes: [.bold, .underline]))
        #expect(theme.styles[.normal] == Style())
    }

    @Test("ошибка называет файл, ключ и что не так")
    func errorsNameFileAndKey() throws {
        let colour = try #require(Self.parseError(Self.theme(with: "overdue", style: #"{"fg": "orange"}"#)))
        #expect(colour.description == "themes/broken.json: ключ «roles.overdue.fg»: неизвестный цвет «orange»; ожидается default, black, red, green, yellow, blue, magenta, cyan, white или число 0–255")

        let range = try #require(Self.parseError(Self.theme(with: "done", style: #"{"bg": 300}"#)))
        #expect(range.problems.map(\.key) == ["roles.done.bg"])
        #expect(range.description.contains("300"))

        let attribute = try #require(Self.parseError(Self.theme(with: "title", style: #"{"attrs": ["bold", "blink"]}"#)))
        #expect(attribute.problems.map(\.key) == ["roles.title.attrs[1]"])
        #expect(attribute.description.contains("«blink»"))

        let field = try #require(Self.parseError(Self.theme(with: "title", style: #"{"colour": "red"}"#)))
        #expect(field.problems.map(\.key) == ["roles.title.colour"])
    }

    @Test("пропущенные и лишние роли, не JSON")
    func structuralErrors() throws {
        let missing = try #require(Self.parseError(#"{"roles": {"normal": {}, "overdu": {}}}"#))
        #expect(missing.problems.map(\.key) == ["roles.overdu", "roles"])
        #expect(missing.description.contains("нет стиля для ролей: header, border"))

        let notJSON = try #require(Self.parseError("{ \"roles\": "))
        #expect(notJSON.description.hasPrefix("themes/broken.json: это не JSON"))

        let list = try #require(Self.parseError("[1, 2]"))
        #expect(list.problems.map(\.key) == [""])
    }

    @Test("поиск: путь, ROADMAP_THEMES_DIR, папка themes рядом с Package.swift, встроенные")
    func locator() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let mine = BuiltinThemes.json["light"]!.replacingOccurrences(of: "\"name\": \"light\"", with: "\"name\": \"моя\"")
        try mine.write(to: folder.appendingPathComponent("light.json"), atomically: true, encoding: .utf8)

        let fromDir = ThemeLocator(environment: ["ROADMAP_THEMES_DIR": folder.path], executable: nil, currentDirectory: folder)
        #expect(try fromDir.load("light").name == "моя")
        #expect(try fromDir.load("high-contrast").name == "high-contrast")
        #expect(try fromDir.load("./light.json").name == "моя")

        let executable = Self.themesFolder.deletingLastPathComponent().appendingPathComponent(".build/debug/roadmap")
        let inTree = ThemeLocator(environment: [:], executable: executable, currentDirectory: folder)
        #expect(inTree.searchFolders().first?.standardizedFileURL == Self.themesFolder.standardizedFileURL)

        let bare = ThemeLocator(environment: [:], executable: nil, currentDirectory: folder)
        #expect(try bare.load("monochrome").name == "monochrome")
        #expect(bare.requested(nil) == "default")
        #expect(ThemeLocator(environment: ["ROADMAP_THEME": "light"], executable: nil, currentDirectory: folder).requested(nil) == "light")
        #expect(ThemeLocator(environment: ["ROADMAP_THEME": "light"], executable: nil, currentDirectory: folder).requested("monochrome") == "monochrome")
        #expect(throws: ThemeError.self) { try bare.load("нет-такой") }
        #expect(throws: ThemeError.self) { try bare.load("solarized") }
        #expect(throws: ThemeError.self) { try bare.load("missing/theme.json") }
    }
}
