import Foundation
import RoadmapModel
import RoadmapFiles

/// The school progress files present in `progress/schools/`: only
/// `<school-id>.json` names whose id is safe are read; anything else is
/// reported and left alone.
struct SchoolFileListing {
    static let folder = "progress/schools"

    var schoolIDs: [String] = []
    var diagnostics: [Diagnostic] = []

    static func list(_ reader: FileReader) -> SchoolFileListing {
        var listing = SchoolFileListing()
        let path = reader.path(folder)
        guard listing.checkFolder(reader) else { return listing }
        guard let names = DirectoryNames.list(path) else {
            listing.error(folder, "не удалось прочитать каталог: \(SystemReason.current)")
            return listing
        }
        // A new school's file that an interrupted change has not renamed yet.
        let waiting = reader.newVersions.keys.filter { $0.hasPrefix(folder + "/") }.map { String($0.dropFirst(folder.count + 1)) }
        let present = names.filter { !$0.hasPrefix(".") && !reader.removed.contains(folder + "/" + $0) }
        for name in Set(present + waiting).sorted() {
            listing.add(name)
        }
        return listing
    }

    /// What is wrong with the folder itself (a file, a link out of the
    /// directory), without listing it: for a load of a few schools' files.
    static func folderProblems(_ reader: FileReader) -> [Diagnostic] {
        var listing = SchoolFileListing()
        _ = listing.checkFolder(reader)
        return listing.diagnostics
    }

    /// False when there is nothing to list: no folder, or one not to read.
    private mutating func checkFolder(_ reader: FileReader) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: reader.path(SchoolFileListing.folder), isDirectory: &isDirectory) else { return false }
        guard isDirectory.boolValue else {
            error(SchoolFileListing.folder, "это файл, а должен быть каталог с файлами отметок школ")
            return false
        }
        for part in ["progress", SchoolFileListing.folder] {
            if let target = reader.escapesDirectory(part) {
                error(part, "символическая ссылка ведёт за пределы каталога данных (\(target)); отметки школ не читаются")
                return false
            }
        }
        return true
    }

    private mutating func add(_ name: String) {
        let relative = "\(SchoolFileListing.folder)/\(name)"
        guard name.hasSuffix(".json") else {
            diagnostics.append(Diagnostic(.warning, file: relative,
                                          message: "лишний файл пропущен: в этом каталоге хранятся только файлы <id школы>.json"))
            return
        }
        let id = String(name.dropLast(5))
        guard SafeID.isValidSchoolID(id) else {
            error(relative, "имя файла не годится: \(SafeID.schoolProblem(id))")
            return
        }
        schoolIDs.append(id)
    }

    private mutating func error(_ file: String, _ message: String) {
        diagnostics.append(Diagnostic(.error, file: file, message: message))
    }
}
