import CNcursesw
import RoadmapApp

/// The ncurses form of a theme: for each role, its attributes and colour pair.
struct RolePalette {
    struct Entry {
        var attributes: attr_t
        var pair: Int16
    }

    private var entries: [Role: Entry]

    func entry(for role: Role) -> Entry {
        entries[role] ?? Entry(attributes: roadmap_wa_normal(), pair: 0)
    }

    /// Colours off (`has_colors()` false or `NO_COLOR`): attributes only, and
    /// `start_color` is never called, so the terminal keeps its own colours.
    static func monochrome(_ theme: Theme) -> RolePalette {
        var entries: [Role: Entry] = [:]
        for role in Role.allCases {
            let style = theme.style(for: role, colors: 0)
            entries[role] = Entry(attributes: attributes(style.attributes), pair: 0)
        }
        return RolePalette(entries: entries)
    }

    /// Colours on: one pair per role, numbered from 1 in `Role.allCases`
    /// order; colours the terminal lacks are reduced by the theme.
    @MainActor
    static func colored(_ theme: Theme) -> RolePalette {
        start_color()
        // -1 means "the terminal's own colour"; without use_default_colors
        // we pick white on black, the usual defaults.
        let hasDefaults = use_default_colors() == OK
        let colors = Int(roadmap_colors())
        let pairs = Int(roadmap_color_pairs())
        var entries: [Role: Entry] = [:]
        for (index, role) in Role.allCases.enumerated() {
            let style = theme.style(for: role, colors: colors)
            let pair = index + 1
            var entry = Entry(attributes: attributes(style.attributes), pair: 0)
            if pair < pairs {
                let foreground = number(style.foreground, terminalDefault: hasDefaults ? -1 : 7)
                let background = number(style.background, terminalDefault: hasDefaults ? -1 : 0)
                if init_pair(Int16(pair), foreground, background) == OK { entry.pair = Int16(pair) }
            }
            entries[role] = entry
        }
        return RolePalette(entries: entries)
    }

    private static func number(_ color: ThemeColor, terminalDefault: Int16) -> Int16 {
        switch color {
        case .terminalDefault: return terminalDefault
        case .indexed(let index): return Int16(index)
        }
    }

    static func attributes(_ set: Set<ThemeAttribute>) -> attr_t {
        var result = roadmap_wa_normal()
        for attribute in set {
            switch attribute {
            case .bold: result |= roadmap_wa_bold()
            case .reverse: result |= roadmap_wa_reverse()
            case .underline: result |= roadmap_wa_underline()
            case .dim: result |= roadmap_wa_dim()
            }
        }
        return result
    }
}
