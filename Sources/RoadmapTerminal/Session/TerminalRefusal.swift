/// Why the dashboard will not open the screen here. Each message says what
/// to do instead, in Russian, with a short English hint for administrators.
public enum TerminalRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    case notATerminal
    case notUTF8(codeset: String)
    case noTERM
    case unknownTERM(String)
    case noTerminfo(String)
    case cannotAddressCursor(String)
    case cannotStart(String)

    static let instead = "Без экрана работают команды: roadmap overdue (просроченное), roadmap list (списки)."

    public var description: String {
        switch self {
        case .notATerminal:
            return """
            roadmap: панели нужен терминал, а ввод или вывод перенаправлен (в файл, канал или cron).
            \(TerminalRefusal.instead)
            (English: the dashboard needs an interactive terminal on stdin and stdout.)
            """
        case .notUTF8(let codeset):
            return """
            roadmap: в терминале не включена кодировка UTF-8 (сейчас «\(codeset)»), кириллица не будет видна.
            Задайте локаль с UTF-8, например: export LC_ALL=C.UTF-8 (или ru_RU.UTF-8, если она установлена).
            \(TerminalRefusal.instead)
            (English: the locale is not UTF-8; set LC_ALL=C.UTF-8.)
            """
        case .noTERM:
            return """
            roadmap: не задана переменная TERM, тип терминала неизвестен.
            Задайте её, например: export TERM=xterm-256color.
            \(TerminalRefusal.instead)
            (English: TERM is not set.)
            """
        case .unknownTERM(let name):
            return """
            roadmap: неизвестный тип терминала TERM=«\(name)»: его нет в базе terminfo.
            Задайте известный тип, например: export TERM=xterm-256color (или TERM=linux в консоли).
            \(TerminalRefusal.instead)
            (English: unknown terminal type "\(name)"; try TERM=xterm-256color.)
            """
        case .noTerminfo(let name):
            return """
            roadmap: не найдена база terminfo, тип терминала TERM=«\(name)» проверить нельзя.
            Установите пакет ncurses-base или ncurses-term.
            \(TerminalRefusal.instead)
            (English: the terminfo database was not found.)
            """
        case .cannotAddressCursor(let name):
            return """
            roadmap: терминал TERM=«\(name)» не умеет ставить курсор в нужное место, панель на нём не нарисовать.
            \(TerminalRefusal.instead)
            (English: terminal "\(name)" has no cursor addressing.)
            """
        case .cannotStart(let name):
            return """
            roadmap: не удалось запустить экран на терминале TERM=«\(name)».
            \(TerminalRefusal.instead)
            (English: ncurses could not start on this terminal.)
            """
        }
    }
}
