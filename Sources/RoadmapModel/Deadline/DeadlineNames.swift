/// The names a cell gives its windows («предварительный отчёт – 10 июня
/// 2022 года, итоговый – 30 июня 2022 года»), looked up by window.
extension Deadline {
    /// The name of window `index`, or nil when the cell names none.
    public func name(ofWindow index: Int) -> String? {
        names.indices.contains(index) ? names[index] : nil
    }

    /// The name of the window ending on `day` (an occurrence's day).
    public func name(endingOn day: Day) -> String? {
        windows.firstIndex { $0.end == day }.flatMap(name(ofWindow:))
    }

    /// The name of this window, when it is one of the deadline's.
    public func name(of window: DateWindow) -> String? {
        windows.firstIndex(of: window).flatMap(name(ofWindow:))
    }

    /// Whether any window has a name.
    public var hasNames: Bool { names.contains { $0 != nil } }
}
