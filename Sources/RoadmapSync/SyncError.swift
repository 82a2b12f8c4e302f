import Foundation

/// Why a sync stopped, in Russian, with what it means for the caller.
public struct SyncError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// Not a synced directory, or a wrong argument.
        case usage
        /// The data has errors (`roadmap validate`).
        case data
        /// A merge only a person can settle: nothing was changed.
        case conflict
        /// The server cannot be reached, or someone else is syncing: try again.
        case unreachable
        /// The server refused, or a file could not be written.
        case failed
    }

    public var message: String
    public var kind: Kind

    public init(_ message: String, kind: Kind) {
        self.message = message
        self.kind = kind
    }

    public var description: String { message }

    /// «не удалось <what>: git сообщает: «fatal: …»».
    static func git(_ what: String, _ output: Git.Output, kind: Kind) -> SyncError {
        SyncError("не удалось \(what): git сообщает: «\(GitMessage.summary(output.stderr))»", kind: kind)
    }
}

/// git's own words, cut to the line that says what went wrong, with any
/// password written into a URL hidden.
enum GitMessage {
    static func summary(_ stderr: String) -> String {
        let lines = stderr.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        // A push names its refusal on a «! [rejected]» line; otherwise
        // git's first fatal line says what, the lines after it only repeat.
        let telling = lines.first { $0.hasPrefix("!") } ?? lines.first { $0.hasPrefix("fatal:") }
            ?? lines.first { $0.hasPrefix("error:") } ?? lines.last { $0.hasPrefix("remote:") }
            ?? lines.last ?? "(без сообщения)"
        return hidingPasswords(telling)
    }

    /// `https://user:secret@host/…` becomes `https://user:***@host/…`.
    static func hidingPasswords(_ text: String) -> String {
        guard let pattern = try? NSRegularExpression(pattern: "(://[^/@:\\s]+):[^@/\\s]+@") else { return text }
        let range = NSRange(text.startIndex..., in: text)
        return pattern.stringByReplacingMatches(in: text, range: range, withTemplate: "$1:***@")
    }
}
