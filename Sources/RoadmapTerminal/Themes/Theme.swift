import RoadmapApp

/// A colour as a theme names it: the terminal's own, or one of the 256
/// indexed colours (0–7 are the basic eight every colour terminal has).
public enum ThemeColor: Hashable, Sendable {
    case terminalDefault
    case indexed(Int)

    /// The eight names a theme may use instead of numbers 0–7.
    public static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
}

public enum ThemeAttribute: String, Hashable, Sendable, CaseIterable {
    case bold, reverse, underline, dim
}

/// How one role looks.
public struct Style: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: Set<ThemeAttribute>

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                attributes: Set<ThemeAttribute> = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// Role → style, for every role; `fallback8` overrides roles on terminals
/// with fewer than 256 colours, where the theme's author knows better than
/// a nearest-colour guess.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [Role: Style]
    public var fallback8: [Role: Style]

    public init(name: String, styles: [Role: Style], fallback8: [Role: Style] = [:]) {
        self.name = name
        self.styles = styles
        self.fallback8 = fallback8
    }

    /// The style to use on a terminal with `colors` colours: the theme's own
    /// on 256 colours, else its `fallback8` entry, else each colour the
    /// terminal lacks replaced by the nearest one it has.
    public func style(for role: Role, colors: Int) -> Style {
        let base = styles[role] ?? Style()
        if colors >= 256 { return base }
        let chosen = fallback8[role] ?? base
        return Style(foreground: chosen.foreground.reduced(toColors: colors),
                     background: chosen.background.reduced(toColors: colors),
                     attributes: chosen.attributes)
    }
}
