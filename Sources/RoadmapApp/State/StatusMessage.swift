/// The line above the key hints: what just happened, or why not.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }

    static let readOnly = StatusMessage("только просмотр: изменения не сохраняются", isError: true)

    static let detailLoading = StatusMessage("отметки и история ещё загружаются — изменить можно будет через мгновение")

    /// Saving is off until a file broken outside is fixed: said at the key,
    /// before a note or a form is typed for nothing.
    static func savingBlocked(_ place: String) -> StatusMessage {
        StatusMessage("сохранение отключено: \(place); исправьте файл — панель перечитает его сама", isError: true)
    }
}

extension AppState {
    /// Why a change would not be saved now, or nil when it would.
    var refusal: StatusMessage? {
        if !mode.canWrite { return .readOnly }
        if detailLoading { return .detailLoading }
        return savingBlocked.map(StatusMessage.savingBlocked)
    }
}
