import RoadmapModel

/// The ids that end up in file names and on the command line. A school id
/// names its progress file, so it must never be able to leave the
/// directory: `^[a-z0-9][a-z0-9-]{0,63}$` leaves no room for `/`, `..`,
/// NUL or anything a shell or file system treats specially.
public enum SafeID {
    public static let schoolRule = "только латинские строчные буквы, цифры и «-» (первой — буква или цифра), от 1 до 64 символов"

    public static func isValidSchoolID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard (1...64).contains(bytes.count), isLowerAlnum(bytes[0]) else { return false }
        return bytes.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isLowerAlnum(_ b: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
    }

    public static let measureRule = "без пробелов, «/», «\\» и управляющих символов, от 1 до 32 символов"

    /// Measure ids are printed numbers («2.10», «3.1а»): looser than school
    /// ids, but still one word that is safe on a command line.
    public static func isValidMeasureID(_ id: String) -> Bool {
        guard (1...32).contains(id.count) else { return false }
        return !id.unicodeScalars.contains { s in
            DisplayText.hazard(of: s) == .control || s.properties.isWhitespace || s == "/" || s == "\\"
        }
    }

    /// The message for a school id that cannot be a file name.
    static func schoolProblem(_ id: String) -> String {
        "id школы «\(Quote.visible(id))» не годится для имени файла: \(schoolRule)"
    }
}
