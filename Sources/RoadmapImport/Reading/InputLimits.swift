import Foundation

/// How large a document the import reads. A roadmap is a table of some
/// hundred rows: its DOCX is under a megabyte, its text a few hundred
/// kilobytes. The limits sit far above that and far below what would take
/// minutes, so a wrong file is refused at once, by its size before it is
/// read and by its rows before the table is looked for.
enum InputLimits {
    /// The file, whatever its kind (the data directory's files have the same bound).
    static let fileBytes = 64 << 20
    /// Lines of a text or CSV file, paragraphs and table rows of a DOCX.
    static let rows = 200_000

    static func check(size: Int, file: String) throws(ImportError) {
        guard size > fileBytes else { return }
        throw ImportError(file: file, "файл слишком велик для дорожной карты: \(megabytes(size)) МиБ, а читаются файлы до \(fileBytes >> 20) МиБ — проверьте, тот ли это файл; не прочитан")
    }

    /// Lines are counted on the bytes, before any row is made of them.
    static func check(lines data: Data, file: String) throws(ImportError) {
        var count = 1
        for byte in data where byte == 0x0A {
            count += 1
            if count > rows { throw tooManyRows(file) }
        }
    }

    static func tooManyRows(_ file: String) -> ImportError {
        ImportError(file: file, "в документе больше \(rows) строк — для дорожной карты слишком много; проверьте, тот ли это файл; не прочитан")
    }

    /// «200,0»: mebibytes with one decimal, as Russian writes them.
    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / Double(1 << 20)).replacingOccurrences(of: ".", with: ",")
    }
}
