#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names in a directory, straight from `readdir`, so a failure leaves
/// its reason in `errno` for the message.
enum DirectoryNames {
    static func list(_ path: String) -> [String]? {
        list(path, hiddenOnly: false)
    }

    /// Only the names that start with a dot (leftovers of an interrupted
    /// save are such): the thousands of school files of a region are
    /// passed over without a string made for any of them.
    static func hidden(_ path: String) -> [String]? {
        list(path, hiddenOnly: true)
    }

    private static func list(_ path: String, hiddenOnly: Bool) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name: String? = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                if hiddenOnly && raw.first != UInt8(ascii: ".") { return nil }
                return String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if let name, name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}
