/// Why a theme cannot be used: the file, and for each problem the key path
/// inside it (`roles.overdue.fg`) and what is wrong, in Russian.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Problem: Hashable, Sendable {
        /// Dotted path of the key, empty for the file as a whole.
        public var key: String
        public var message: String

        public init(key: String, _ message: String) {
            self.key = key
            self.message = message
        }
    }

    public var file: String
    public var problems: [Problem]

    public init(file: String, problems: [Problem]) {
        self.file = file
        self.problems = problems
    }

    public init(file: String, key: String = "", _ message: String) {
        self.init(file: file, problems: [Problem(key: key, message)])
    }

    /// One line per problem: `themes/x.json: ключ «roles.overdue.fg»: …`.
    public var description: String {
        problems.map { problem in
            problem.key.isEmpty
                ? "\(file): \(problem.message)"
                : "\(file): ключ «\(problem.key)»: \(problem.message)"
        }.joined(separator: "\n")
    }
}
