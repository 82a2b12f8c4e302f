/// The id a record names itself by, read before its fields so that every
/// message about the record can use it even when other fields are broken.
enum RecordName {
    static func string(_ key: String, of node: JSONNode) -> String? {
        guard let member = node.member(key), case .string(let text) = member.value.value else { return nil }
        return text
    }
}
