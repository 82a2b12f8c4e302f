/// What a cell means, not how it looks: themes map roles to colours and
/// attributes, so a monochrome terminal still shows every meaning.
public enum Role: String, Hashable, Sendable, CaseIterable {
    case normal
    case header
    case border
    case borderFocused = "border-focused"
    case title
    case selection
    case selectionUnfocused = "selection-unfocused"
    case done
    case inProgress = "in-progress"
    case overdue
    case upcoming
    case unscheduled
    case notDone = "not-done"
    case cancelled
    case today
    case muted
    case keyHint = "key-hint"
    case status
    case error
    case input
}
