import Foundation

/// The sample data directories shipped with the program (`Samples/<name>/`),
/// transcribed from real municipal roadmaps: `roadmap init --sample` copies
/// one so a newcomer has something real to look at.
public enum Samples {
    private static var folder: URL? {
        Bundle.module.url(forResource: "Samples", withExtension: nil)
    }

    /// The names of the bundled samples, sorted.
    public static var names: [String] {
        guard let folder, let names = DirectoryNames.list(folder.path) else { return [] }
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    public static func directory(named name: String) -> URL? {
        guard names.contains(name) else { return nil }
        return folder?.appendingPathComponent(name, isDirectory: true)
    }

    /// Copies a sample into `target`, which must not exist or be empty.
    public static func install(_ name: String, into target: URL) throws(StoreError) {
        let path = target.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw StoreError("\(path) — это файл, а не каталог") }
            guard (DirectoryNames.list(path) ?? ["?"]).isEmpty else {
                throw StoreError("каталог \(path) не пуст: образец устанавливается только в пустой или новый каталог")
            }
        }
        guard let source = directory(named: name) else {
            let known = names.isEmpty ? "образцов нет" : "есть: " + names.joined(separator: ", ")
            throw StoreError("образец «\(name)» не найден (\(known))")
        }
        // copyItem wants to create the target itself; it is empty or absent here.
        try? FileManager.default.removeItem(atPath: path)
        do {
            try FileManager.default.createDirectory(at: target.standardizedFileURL.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source, to: URL(fileURLWithPath: path, isDirectory: true))
        } catch {
            throw StoreError("не удалось скопировать образец «\(name)» в \(path): \(error.localizedDescription)")
        }
    }
}
