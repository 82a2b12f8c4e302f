/// What holds the keys over the panes: at most one thing at a time, so
/// which one answers a key is never a matter of the order of checks.
public enum Modal: Hashable, Sendable {
    case none
    /// `?`: any key closes it.
    case help
    /// A question waiting for its answer (deleting a measure, a school leaving).
    case confirmation(Confirmation)
    /// An editing form (measure, school, section).
    case form(Form)
    /// The one-line editor at the bottom (a note, the search, the responsible filter).
    case input(InputMode)
}

extension AppState {
    public var helpOpen: Bool { modal == .help }

    public var confirmation: Confirmation? {
        if case .confirmation(let question) = modal { return question }
        return nil
    }

    public var form: Form? {
        if case .form(let form) = modal { return form }
        return nil
    }

    public var input: InputMode {
        if case .input(let mode) = modal { return mode }
        return .none
    }

    /// Something is being typed or asked (the one-line editor, a form, a
    /// confirmation): outside edits are not read in under it, so a draft is
    /// never judged against data that changed while it was written. The
    /// save's own check against the files covers that moment.
    public var isMidEdit: Bool {
        switch modal {
        case .none, .help: return false
        case .confirmation, .form, .input: return true
        }
    }
}
