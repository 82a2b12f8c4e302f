import Foundation

/// The records sync tests mark at random in terek-2022: municipal, per
/// school, and months of the monthly «час контроля».
enum SyncMarkTargets {
    static let schools = ["khamidie", "krasnoarmeyskoe", "nizhniy-kurp", "novaya-balkariya", "novo-khamidie",
                          "urozhaynoe", "verkhniy-kurp"]
    static let all: [[String]] = [["11"], ["12"], ["14"]]
        + schools.map { ["8", "--school", $0] }
        + ["15.03.2022", "15.04.2022", "15.05.2022"].map { ["18", "--occurrence", $0] }

    static let statuses = ["done", "in-progress", "not-done", "cancelled"]

    /// `roadmap mark` arguments for one random mark with a note nobody else writes.
    static func random<R: RandomNumberGenerator>(note: String, by: String, using random: inout R) -> [String] {
        let status = statuses.randomElement(using: &random) ?? "done"
        var arguments = all.randomElement(using: &random) ?? ["11"]
        arguments += ["--status", status, "--note", note, "--by", by]
        if status == "done" { arguments += ["--date", "01.03.2022"] }
        return arguments
    }
}
