import RoadmapModel
import RoadmapStore

/// Why the data directory is read again.
public enum ReloadCause: Hashable, Sendable {
    /// These files changed outside the dashboard.
    case changedOutside([String])
    /// A save was refused because a record changed on disk meanwhile (the
    /// store's message says which); the files are shown as they now are.
    case saveRefused(String)
    /// A sync brought others' changes (its status line).
    case synced(String)
}

/// What reading the data directory again gave.
public enum Reread: Hashable, Sendable {
    case data(RoadmapData)
    /// The files cannot be read as they now are (broken by hand while the
    /// dashboard runs): the errors with their places.
    case unreadable([Diagnostic])
}
