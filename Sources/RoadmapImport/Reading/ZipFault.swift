/// Why an archive is not read, in the words the import shows (after
/// «не удалось открыть как DOCX:» and the file name).
enum ZipFault: Error, Equatable {
    case notZip
    case zip64
    case multiDisk
    case empty
    case tooManyEntries(Int)
    case encrypted(String)
    case unknownMethod(String, Int)
    case broken(String)
    /// The part would inflate past a limit (`ArchiveLimits`).
    case tooLarge(String, limit: Int)
    case totalTooLarge(limit: Int)
    case ratio(String, limit: Int)
    /// The compressed bytes end before the part does, or are no deflate stream.
    case corrupt(String)
    case checksum(String)

    var text: String {
        switch self {
        case .notZip: "файл повреждён или это не документ Word (не zip-архив)"
        case .zip64: "архив в формате ZIP64 — так упаковывают файлы больше 4 ГиБ, дорожная карта такой не бывает"
        case .multiDisk: "архив разбит на тома — такой документ не прочитать"
        case .empty: "архив пуст — файл повреждён"
        case .tooManyEntries(let count):
            "в архиве \(count) записей, а в документе их не больше \(ZipDirectory.maxEntries) — файл повреждён или подделан"
        case .encrypted(let name): "запись «\(name)» зашифрована — снимите пароль с документа"
        case .unknownMethod(let name, let method):
            "запись «\(name)» сжата неизвестным способом (метод \(method)) — файл повреждён или сохранён не Word"
        case .broken(let what): "архив повреждён: \(what)"
        case .tooLarge(let name, let limit):
            "«\(name)» распаковывается больше чем в \(Self.mebibytes(limit)) МиБ — дорожная карта так велика не бывает; распаковка остановлена (защита от «zip-бомб»)"
        case .totalTooLarge(let limit):
            "из архива распаковывается больше \(Self.mebibytes(limit)) МиБ — дорожная карта так велика не бывает; распаковка остановлена (защита от «zip-бомб»)"
        case .ratio(let name, let limit):
            "«\(name)» сжат больше чем в \(limit) раз — так сжимают только подделанные архивы («zip-бомбы»); распаковка остановлена"
        case .corrupt(let name): "сжатые данные «\(name)» повреждены или обрываются — файл повреждён"
        case .checksum(let name): "контрольная сумма «\(name)» не сходится — файл повреждён"
        }
    }

    private static func mebibytes(_ bytes: Int) -> Int { bytes / (1 << 20) }
}
