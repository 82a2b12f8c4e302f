import Foundation
import RoadmapDocuments
import RoadmapStore

/// Where `report` and `calendar` put what they made: standard output, or
/// the `-o` file written atomically. `what` names the document in the
/// failure message («Справка не записана: …»).
enum DocumentOutput {
    /// A document made as it is written, into the `-o` file (safely, as
    /// `write` does) or standard output. Returns the file written (nil for
    /// standard output) and the bytes written.
    static func stream(to output: String?, failure what: String,
                       _ produce: (DescriptorStream) throws(DocumentFile.WriteError) -> Void) throws -> (URL?, Int) {
        guard let output else {
            let out = DescriptorStream(fd: STDOUT_FILENO)
            do {
                try produce(out)
            } catch {
                Console.error("\(what): \(error)")
                throw ExitStatus.cannotWrite
            }
            if let code = out.finish() {
                Console.error("\(what): \(DocumentFile.reason(code))")
                throw ExitStatus.cannotWrite
            }
            return (nil, out.count)
        }
        let url = try checked(output, failure: what)
        do {
            let count = try DocumentFile.write(to: url, produce)
            return (url.standardizedFileURL, count)
        } catch {
            Console.error("\(what): \(error)")
            throw ExitStatus.cannotWrite
        }
    }

    /// The `-o` file, refused inside a data directory.
    static func checked(_ output: String, failure what: String) throws -> URL {
        let url = URL(fileURLWithPath: output)
        if let directory = DataDirectory.enclosing(url.path) {
            Console.error("\(what): «\(Console.visible(output))» — внутри каталога данных \(Console.visible(directory)); документы записываются вне его, чтобы не испортить данные")
            throw ExitStatus.cannotWrite
        }
        return url
    }

    /// Returns the file written, nil when the bytes went to standard output.
    static func write(_ bytes: Data, to output: String?, failure what: String) throws -> URL? {
        guard let output else {
            FileHandle.standardOutput.write(bytes)
            return nil
        }
        let url = try checked(output, failure: what)
        do {
            try DocumentFile.write(bytes, to: url)
        } catch {
            Console.error("\(what): \(error)")
            throw ExitStatus.cannotWrite
        }
        return url.standardizedFileURL
    }
}
