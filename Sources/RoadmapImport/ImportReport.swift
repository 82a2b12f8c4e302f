import RoadmapModel

/// Something the summary lists with its place in the document.
public struct ImportNotice: Hashable, Sendable, CustomStringConvertible {
    /// «строка 57» or «строка таблицы 12»; nil when it concerns the whole file.
    public var place: String?
    public var line: Int?
    public var message: String

    public init(place: String?, line: Int?, message: String) {
        self.place = place
        self.line = line
        self.message = message
    }

    public var description: String { place.map { "\($0): \(message)" } ?? message }
}

/// What an import gave: the data to write, and everything the summary
/// tells the coordinator about how the document was read.
public struct ImportReport: Sendable {
    public var data: RoadmapData
    /// The file name as given.
    public var file: String
    /// The line the measures table starts at.
    public var tableLine: Int
    /// «№ — «№ п/п»», «срок — «Срок исполнения»» …, in column order.
    public var columns: [String]
    /// Why a column was read against its printed name.
    public var columnExplanation: String?
    /// Every measure's deadline as read, in table order.
    public var deadlines: [(measure: String, deadline: Deadline)]
    public var unrecognized: [ImportNotice]
    /// Words and cells that look damaged by text recognition, kept as printed.
    public var suspicions: [ImportNotice]
    /// Where the period, title and municipality came from, and what was skipped.
    public var remarks: [String]

    public var recognizedCount: Int { deadlines.filter { $0.deadline.isRecognized }.count }

    /// The summary printed after an import.
    public var summary: String { ImportSummary.text(self) }
}
