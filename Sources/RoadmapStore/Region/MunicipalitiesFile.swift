import Foundation
import RoadmapFiles
import RoadmapModel

/// `municipalities.json` of a regional folder: the municipalities the region
/// reads, in the order the region lists them. Read with the data files'
/// checks (every problem with its line and column), written as the store
/// writes them (pretty, stable order, replaced atomically).
public enum MunicipalitiesFile {
    public static let name = "municipalities.json"
    static let fields = ["name", "remote", "folder"]

    public struct Loaded: Sendable {
        /// Nil when the file has errors; the region then does nothing.
        public var municipalities: [Municipality]?
        public var diagnostics: [Diagnostic]

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    }

    /// A missing file is an empty region, so `region add` can start one.
    public static func read(region: URL) -> Loaded {
        let log = FileLog(file: name)
        switch FileReader.readRegular(region.appendingPathComponent(name).path) {
        case .missing:
            return Loaded(municipalities: [], diagnostics: [])
        case .problem(let text):
            log.error(text, at: nil)
            return Loaded(municipalities: nil, diagnostics: log.diagnostics)
        case .bytes(let bytes):
            guard let root = DirectoryLoader.parse(bytes, log: log) else {
                return Loaded(municipalities: nil, diagnostics: log.diagnostics)
            }
            let list = decode(root, log: log)
            return Loaded(municipalities: log.hasErrors ? nil : list, diagnostics: log.diagnostics)
        }
    }

    public static func write(_ municipalities: [Municipality], region: URL) throws(AtomicFile.Failure) {
        let json = JSON.object([
            "format": .integer(FormatHeader.supportedVersion),
            "municipalities": .array(municipalities.map { item in
                .object(["name": .string(item.name), "remote": .string(item.remote), "folder": .string(item.folder)])
            }),
        ])
        _ = try AtomicFile.write(JSONWriter.bytes(json), to: region.appendingPathComponent(name).path)
    }

    private static func decode(_ root: JSONNode, log: FileLog) -> [Municipality]? {
        guard let top = FormatHeader.open(root, log: log, allowed: ["format", "municipalities"]),
              let items = top.array("municipalities", required: true) else { return nil }
        var names: [String: SourcePosition] = [:], folders: [String: SourcePosition] = [:]
        var result: [Municipality] = []
        for (i, node) in items.enumerated() {
            let label = Label(text: RecordName.string("name", of: node).map { "муниципалитет «\(Quote.visible($0))»" }
                ?? "муниципалитет № \(i + 1)")
            guard let fields = Fields(node, label: label, log: log) else { continue }
            fields.warnUnknown(allowed: Self.fields)
            guard let name = fields.string("name", required: true, nonEmpty: true),
                  let remote = fields.string("remote", required: true, nonEmpty: true),
                  let folder = fields.string("folder", required: true, nonEmpty: true) else { continue }
            let nameNode = fields.node("name")!, folderNode = fields.node("folder")!
            if let first = names[name] {
                fields.invalid("name", "муниципалитет с таким названием уже есть (строка \(first.line))", at: nameNode)
            }
            if !SafeID.isValidSchoolID(folder) {
                fields.invalid("folder", "имя папки — строчные латинские буквы, цифры и «-», до 64 знаков, "
                               + "а записано «\(Quote.visible(folder))»", at: folderNode)
            } else if let first = folders[folder] {
                fields.invalid("folder", "папка «\(folder)» уже отдана другому муниципалитету (строка \(first.line))", at: folderNode)
            }
            names[name] = names[name] ?? nameNode.position
            folders[folder] = folders[folder] ?? folderNode.position
            result.append(Municipality(name: name, remote: remote, folder: folder))
        }
        return result
    }
}
