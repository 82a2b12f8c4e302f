/// What an official справка carries besides the table (ГОСТ Р 7.0.97):
/// the appendix line in the upper right corner, the signature, and the
/// «Исполнитель» at the foot. Kept in roadmap.json, so the coordinator sets
/// them once and every справка of the roadmap carries them.
public struct ReportRequisites: Hashable, Sendable {
    /// «Приложение № 1 к приказу Управления образования от 26.07.2021 № 374».
    public var appendix: String?
    /// «Начальник Управления образования».
    public var signerPosition: String?
    /// Initials before the surname: «Н.Г. Гвоздкова».
    public var signerName: String?
    /// The person who prepared it: «Шидукова Лариса Петровна».
    public var executor: String?
    public var executorPhone: String?

    public init(appendix: String? = nil, signerPosition: String? = nil, signerName: String? = nil,
                executor: String? = nil, executorPhone: String? = nil) {
        self.appendix = appendix
        self.signerPosition = signerPosition
        self.signerName = signerName
        self.executor = executor
        self.executorPhone = executorPhone
    }

    public var isEmpty: Bool { self == ReportRequisites() }
}
