/// The first checks of every file: it holds a JSON object whose `format` is
/// the one this program reads. A file of another version is not read any
/// further, since every other message about it would be noise.
enum FormatHeader {
    static let supportedVersion = 1

    static func open(_ root: JSONNode, log: FileLog, allowed: [String]) -> Fields? {
        guard let fields = Fields(root, label: .topLevel, log: log, what: "объектом JSON") else { return nil }
        guard let node = fields.node("format") else {
            fields.missing("format")
            return nil
        }
        guard case .number(let text) = node.value else {
            fields.wrongType("format", "числом", at: node)
            return nil
        }
        guard Int(text) == supportedVersion else {
            log.error("неизвестная версия формата \(text); эта версия программы читает формат \(supportedVersion)",
                      at: node.position)
            return nil
        }
        fields.warnUnknown(allowed: allowed)
        return fields
    }
}
