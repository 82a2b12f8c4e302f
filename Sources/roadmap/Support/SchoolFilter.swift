import ArgumentParser
import RoadmapModel

/// `--school` where it narrows what is shown (list, overdue, history, report).
struct SchoolFilter: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Только эта школа — по названию («Урожайное», любая часть, которая есть только у неё) или id: мероприятия, которые она выполняет, и её отметки.",
        valueName: "SCHOOL"))
    var school: String?

    /// The id of the school given (`SchoolArgument.resolve`), once it is known to the data.
    func checked(in data: RoadmapData) throws -> String? {
        try school.map { try SchoolArgument.resolve($0, in: data) }
    }
}
