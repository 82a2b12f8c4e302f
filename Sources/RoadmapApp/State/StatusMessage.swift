/// The line above the key hints: what just happened, or why not.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }

    static let readOnly = StatusMessage("только просмотр: изменения не сохраняются", isError: true)
}
