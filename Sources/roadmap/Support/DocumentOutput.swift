import Foundation
import RoadmapDocuments
import RoadmapStore

/// Where `report` and `calendar` put what they made: standard output, or
/// the `-o` file written atomically. `what` names the document in the
/// failure message («Справка не записана: …»).
enum DocumentOutput {
    /// Returns the file written, nil when the bytes went to standard output.
    static func write(_ bytes: Data, to output: String?, failure what: String) throws -> URL? {
        guard let output else {
            FileHandle.standardOutput.write(bytes)
            return nil
        }
        let url = URL(fileURLWithPath: output)
        if let directory = DataDirectory.enclosing(url.path) {
            Console.error("\(what): «\(Console.visible(output))» — внутри каталога данных \(Console.visible(directory)); документы записываются вне его, чтобы не испортить данные")
            throw ExitStatus.cannotWrite
        }
        do {
            try DocumentFile.write(bytes, to: url)
        } catch {
            Console.error("\(what): \(error)")
            throw ExitStatus.cannotWrite
        }
        return url.standardizedFileURL
    }
}
