#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RoadmapFiles

/// `.roadmap.journal`: the list of renames a change to several files is
/// made of (see `FileTransaction`). While it exists, the change counts as
/// made: loading reads each file's new version, and the next save finishes
/// the renames. Plain text, one file a line, readable with `cat`:
///
///     roadmap journal 1
///     progress/schools/urozhaynoe.json<TAB>.urozhaynoe.json.tmp-812-9f3a<TAB>.urozhaynoe.json.old-812-1c0d
///     progress/schools/new-school.json<TAB>.new-school.json.tmp-812-77aa<TAB>-
///     progress/schools/old-school.json<TAB>-<TAB>.old-school.json.old-812-5e21
///
/// `-` stands for no name: a new file has no old version, a removed one
/// no new version.
/// A journal is trusted only as far as it names data files and temporary
/// names beside them: anything else in it is ignored, so a planted journal
/// cannot make a save rename or remove any other file.
struct Journal: Equatable {
    static let fileName = ".roadmap.journal"
    static let keptMarker = ".old-"
    private static let header = "roadmap journal 1"

    struct Entry: Equatable {
        /// The data file, relative to the directory.
        var relative: String
        /// The new version's name, in the target's folder; nil when the file is removed.
        var temporary: String?
        /// The old version's name, in the target's folder; nil for a new file.
        var kept: String?
    }

    var entries: [Entry]

    func text() -> String {
        ([Self.header] + entries.map { "\($0.relative)\t\($0.temporary ?? "-")\t\($0.kept ?? "-")" })
            .joined(separator: "\n") + "\n"
    }

    /// Written atomically and durably: it is the moment the change is made.
    func write(in rootPath: String) throws(StoreError) {
        do {
            try AtomicFile.write(Array(text().utf8), to: rootPath + "/" + Self.fileName)
        } catch {
            throw FileTransaction.failure(Self.fileName, error.code)
        }
    }

    /// The journal in the directory, nil when there is none or it is not one
    /// this program could have written.
    static func read(in rootPath: String) -> Journal? {
        guard case .bytes(let bytes) = FileReader.readRegular(rootPath + "/" + fileName),
              let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return parse(text)
    }

    static func exists(in rootPath: String) -> Bool {
        var info = stat()
        return lstat(rootPath + "/" + fileName, &info) == 0
    }

    static func parse(_ text: String) -> Journal? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard lines.first == header else { return nil }
        lines.removeFirst()
        var entries: [Entry] = []
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 else { return nil }
            let entry = Entry(relative: fields[0], temporary: fields[1] == "-" ? nil : fields[1],
                              kept: fields[2] == "-" ? nil : fields[2])
            guard entry.isSafe else { return nil }
            entries.append(entry)
        }
        return entries.isEmpty ? nil : Journal(entries: entries)
    }
}

extension Journal.Entry {
    /// A data file's path, and names beside it that only this program makes.
    var isSafe: Bool {
        guard Self.isDataFile(relative) else { return false }
        let base = "." + AtomicFile.name(of: relative)
        guard temporary != nil || kept != nil else { return false }
        return (temporary.map { Self.isSibling($0, of: base, marker: AtomicFile.temporaryMarker) } ?? true)
            && (kept.map { Self.isSibling($0, of: base, marker: Journal.keptMarker) } ?? true)
    }

    private static func isDataFile(_ relative: String) -> Bool {
        if ["roadmap.json", "schools.json", "measures.json", "progress/municipal.json"].contains(relative) { return true }
        let prefix = SchoolFileListing.folder + "/", suffix = ".json"
        guard relative.hasPrefix(prefix), relative.hasSuffix(suffix) else { return false }
        return SafeID.isValidSchoolID(String(relative.dropFirst(prefix.count).dropLast(suffix.count)))
    }

    private static func isSibling(_ name: String, of base: String, marker: String) -> Bool {
        let tail = name.dropFirst(base.count + marker.count)
        return name.hasPrefix(base + marker) && !tail.isEmpty
            && tail.allSatisfy { $0 == "-" || $0.isHexDigit }
    }
}
