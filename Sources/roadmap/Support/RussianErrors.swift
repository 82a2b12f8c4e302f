import Foundation

/// The argument parser speaks English; the people who call `roadmap` read
/// Russian. Its few fixed phrases are put into Russian here, and an unknown
/// subcommand gets the closest real ones.
enum RussianErrors {
    private static let phrases: [(String, String)] = [
        ("Error: ", "Ошибка: "),
        ("Missing expected argument", "Не указан обязательный аргумент"),
        ("Missing value for", "Не указано значение для"),
        ("Unexpected argument", "Лишний аргумент"),
        ("Unknown option", "Неизвестный параметр"),
        ("is invalid for", "недопустимо для"),
        ("The value", "Значение"),
        ("Please provide one of", "Укажите одно из"),
        ("' or '", "' или '"),
        ("Usage: ", "Использование: "),
        ("Help: ", "Справка: "),
        ("See '", "Подробнее: '"),
        ("' for more information.", "'"),
    ]

    static func translate(_ message: String, subcommands: [String]) -> String {
        var text = message
        for (english, russian) in phrases { text = text.replacingOccurrences(of: english, with: russian) }
        if let typed = unexpectedWord(in: message) {
            let close = Suggestions.closest(to: typed, among: subcommands)
            if !close.isEmpty {
                text = "Ошибка: нет команды «\(Console.visible(typed))»; возможно: "
                    + close.map { "roadmap \($0)" }.joined(separator: ", ") + ".\n"
                    + "Команды: " + subcommands.joined(separator: ", ") + ". Подробнее: roadmap --help"
            }
        }
        return text
    }

    /// The word of «Unexpected argument 'overdu'», when that is the error.
    private static func unexpectedWord(in message: String) -> String? {
        guard let range = message.range(of: "Unexpected argument '") else { return nil }
        let rest = message[range.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        let word = String(rest[..<end])
        return word.hasPrefix("-") ? nil : word
    }
}
