import RoadmapStore

/// Why a regional command stopped, in Russian, with what it means for the caller.
public struct RegionError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// A wrong call: a name or address already listed, an empty one.
        case usage
        /// `municipalities.json` has errors (each in `diagnostics`).
        case data
        /// A file could not be written.
        case failed
    }

    public var message: String
    public var kind: Kind
    public var diagnostics: [Diagnostic]

    public init(_ message: String, kind: Kind, diagnostics: [Diagnostic] = []) {
        self.message = message
        self.kind = kind
        self.diagnostics = diagnostics
    }

    public var description: String { message }
}
