/// The fields an editing form has, for the messages shown beside them.
public enum EditField: String, Hashable, Sendable, CaseIterable {
    // A measure.
    case number, section, title, deadline, responsible, result, scope, scopeSchools
    // A school.
    case name, shortName, locality, programmes, curator, mentor, partners
    case growthPoint, growthPointDate, riskFactors, contact, notes, joined
    // A section.
    case sectionNumber, sectionTitle
    // The справка's requisites and the approving order.
    case orderNumber, orderDate, orderIssuer, appendix, signerPosition, signerName, executor, executorPhone
}

/// What is wrong with one field, in Russian, as the form shows it beside
/// the field and as a refused save explains it.
public struct FieldProblem: Hashable, Sendable, CustomStringConvertible {
    public var field: EditField
    public var message: String

    public init(_ field: EditField, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { message }
}

/// An edit the data refused: every problem at once.
public struct EditError: Error, Hashable, Sendable {
    public var problems: [FieldProblem]

    public init(_ problems: [FieldProblem]) { self.problems = problems }
    public init(_ field: EditField, _ message: String) { self.problems = [FieldProblem(field, message)] }

    public var message: String { problems.map(\.message).joined(separator: "; ") }
}
