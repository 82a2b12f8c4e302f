import Foundation
import RoadmapApp

/// Reads a theme file. Themes are small, so Foundation's JSONSerialization
/// is enough; every problem is reported with its key path, all at once.
public enum ThemeParser {
    static let topKeys = ["name", "description", "roles", "fallback8"]
    static let styleKeys = ["fg", "bg", "attrs"]

    /// `source` names the file in messages.
    public static func parse(_ data: Data, source: String) throws(ThemeError) -> Theme {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ThemeError(file: source, "это не JSON (\(jsonFailure(error)))")
        }
        guard let object = root as? [String: Any] else {
            throw ThemeError(file: source, "ожидается объект JSON с ключами name, roles, fallback8")
        }
        var problems: [ThemeError.Problem] = []
        for key in object.keys.sorted() where !topKeys.contains(key) {
            problems.append(.init(key: key, "неизвестный ключ; допустимы: \(topKeys.joined(separator: ", "))"))
        }
        let name = object["name"] as? String ?? baseName(source)
        var styles: [Role: Style] = [:]
        if let roles = object["roles"] {
            styles = parseRoles(roles, key: "roles", requireAll: true, problems: &problems)
        } else {
            problems.append(.init(key: "roles", "нет ключа: тема должна задать стиль каждой роли"))
        }
        var fallback: [Role: Style] = [:]
        if let roles = object["fallback8"] {
            fallback = parseRoles(roles, key: "fallback8", requireAll: false, problems: &problems)
        }
        guard problems.isEmpty else { throw ThemeError(file: source, problems: problems) }
        return Theme(name: name, styles: styles, fallback8: fallback)
    }

    private static func parseRoles(_ value: Any, key: String, requireAll: Bool,
                                   problems: inout [ThemeError.Problem]) -> [Role: Style] {
        guard let object = value as? [String: Any] else {
            problems.append(.init(key: key, "ожидается объект: роль → {\"fg\", \"bg\", \"attrs\"}"))
            return [:]
        }
        var styles: [Role: Style] = [:]
        for name in object.keys.sorted() where Role(rawValue: name) == nil {
            let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
            problems.append(.init(key: "\(key).\(name)", "неизвестная роль; известны: \(known)"))
        }
        var missing: [String] = []
        for role in Role.allCases {
            guard let entry = object[role.rawValue] else {
                missing.append(role.rawValue)
                continue
            }
            if let style = parseStyle(entry, key: "\(key).\(role.rawValue)", problems: &problems) { styles[role] = style }
        }
        if requireAll, !missing.isEmpty {
            let path = missing.count == 1 ? "\(key).\(missing[0])" : key
            problems.append(.init(key: path, "нет стиля для ролей: \(missing.joined(separator: ", ")); тема должна задать каждую роль"))
        }
        return styles
    }

    private static func parseStyle(_ value: Any, key: String, problems: inout [ThemeError.Problem]) -> Style? {
        guard let object = value as? [String: Any] else {
            problems.append(.init(key: key, "ожидается объект {\"fg\": …, \"bg\": …, \"attrs\": […]}"))
            return nil
        }
        let before = problems.count
        for name in object.keys.sorted() where !styleKeys.contains(name) {
            problems.append(.init(key: "\(key).\(name)", "неизвестный ключ; допустимы: fg, bg, attrs"))
        }
        let foreground = parseColor(object["fg"], key: "\(key).fg", problems: &problems)
        let background = parseColor(object["bg"], key: "\(key).bg", problems: &problems)
        let attributes = parseAttributes(object["attrs"], key: "\(key).attrs", problems: &problems)
        return problems.count == before ? Style(foreground: foreground, background: background, attributes: attributes) : nil
    }

    /// Absent means the terminal's own colour.
    static func parseColor(_ value: Any?, key: String, problems: inout [ThemeError.Problem]) -> ThemeColor {
        let expected = "ожидается default, \(ThemeColor.basicNames.joined(separator: ", ")) или число 0–255"
        switch value {
        case nil:
            return .terminalDefault
        case let name as String:
            if name == "default" { return .terminalDefault }
            if let index = ThemeColor.basicNames.firstIndex(of: name) { return .indexed(index) }
            problems.append(.init(key: key, "неизвестный цвет «\(name)»; \(expected)"))
        case let number as NSNumber:
            let double = number.doubleValue
            if double.rounded() == double, (0...255).contains(double) { return .indexed(Int(double)) }
            problems.append(.init(key: key, "цвет \(number) вне диапазона; \(expected)"))
        default:
            problems.append(.init(key: key, "цвет должен быть строкой или числом; \(expected)"))
        }
        return .terminalDefault
    }

    static func parseAttributes(_ value: Any?, key: String, problems: inout [ThemeError.Problem]) -> Set<ThemeAttribute> {
        let expected = ThemeAttribute.allCases.map(\.rawValue).joined(separator: ", ")
        guard let value else { return [] }
        guard let list = value as? [Any] else {
            problems.append(.init(key: key, "ожидается список, например [\"bold\"]; допустимы: \(expected)"))
            return []
        }
        var attributes: Set<ThemeAttribute> = []
        for (index, item) in list.enumerated() {
            if let name = item as? String, let attribute = ThemeAttribute(rawValue: name) {
                attributes.insert(attribute)
            } else {
                problems.append(.init(key: "\(key)[\(index)]", "неизвестный атрибут «\(item)»; допустимы: \(expected)"))
            }
        }
        return attributes
    }

    private static func baseName(_ source: String) -> String {
        URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
    }

    /// Foundation's parse error, without the noise of NSError's description.
    private static func jsonFailure(_ error: Error) -> String {
        let nsError = error as NSError
        return nsError.userInfo[NSDebugDescriptionErrorKey] as? String ?? nsError.localizedDescription
    }
}
