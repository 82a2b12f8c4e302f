import ArgumentParser
import RoadmapModel

/// `--school ID` where it narrows what is shown (list, overdue, history, report).
struct SchoolFilter: ParsableArguments {
    @Option(help: ArgumentHelp("Только эта школа (id): мероприятия, которые она выполняет, и её отметки.", valueName: "ID"))
    var school: String?

    /// The school given, once it is known to the data.
    func checked(in data: RoadmapData) throws -> String? {
        if let school { try SchoolArgument.check(school, in: data) }
        return school
    }
}
