/// An agreement a school has with partner organisations («С 1 октября 2020
/// года … заключены договора о сотрудничестве»): who, what, from when,
/// under which number — each as the document gives it, nothing guessed.
public struct PartnerAgreement: Hashable, Sendable {
    /// The partner organisations on the other side: ids of schools in the
    /// data or names of organisations outside it, as in `School.partners`.
    public var partners: [String]
    /// What the document calls it: «договор о сотрудничестве».
    public var title: String?
    /// The day it was concluded or took effect, when the document says.
    public var date: Day?
    /// Its number, when the document gives one.
    public var number: String?
    public var notes: String?

    public init(partners: [String], title: String? = nil, date: Day? = nil, number: String? = nil, notes: String? = nil) {
        self.partners = partners
        self.title = title
        self.date = date
        self.number = number
        self.notes = notes
    }

    /// «договор о сотрудничестве № 12 от 01.10.2020»; «договор» when the
    /// document does not name it.
    public var label: String {
        var text = title ?? "договор"
        if let number { text += " № \(number)" }
        if let date { text += " от \(date.russian)" }
        return text
    }
}
