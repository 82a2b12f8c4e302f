/// What the status line says once a change is on disk: the change itself
/// («5. (7 школ): выполнено», «мероприятие 2.1 изменено»), which a
/// newcomer wants to see confirmed, then where it went — «сохранено» said
/// once, here, so the change's own words never repeat it.
enum SaveReport {
    /// `Msg.saved(.success)`: the change is on disk. Records others saved
    /// meanwhile were merged into the files; they come on screen too, told
    /// after the change so they are what the line ends with.
    static func succeeded(_ receipt: SaveReceipt, _ state: inout AppState) {
        state.pendingSave = nil
        state.message = StatusMessage(text(marked: state.message, paths: receipt.written))
        guard let merged = receipt.merged else { return }
        Reloading.swapIn(merged, &state)
        state.message = StatusMessage((state.message?.text ?? "") + "; учтены изменения других: \(receipt.takenFromOthers)")
    }

    static func text(marked: StatusMessage?, paths: [String]) -> String {
        let saved: String
        switch paths.count {
        case 0: saved = "сохранено"
        case 1: saved = "сохранено в \(paths[0])"
        default: saved = "сохранено, \(RussianText.count(paths.count, "файл", "файла", "файлов"))"
        }
        guard let marked, !marked.isError, !marked.text.isEmpty else { return saved }
        return "\(marked.text) — \(saved)"
    }
}
