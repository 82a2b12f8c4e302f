import Foundation

/// SplitMix64: a random run that a failure message can name and repeat.
struct SeededRandom: RandomNumberGenerator {
    let seed: UInt64
    private var state: UInt64

    init(seed: UInt64 = UInt64(UInt32.random(in: 0...UInt32.max))) {
        self.seed = seed
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

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
    static func random(note: String, by: String, using random: inout SeededRandom) -> [String] {
        let status = statuses.randomElement(using: &random) ?? "done"
        var arguments = all.randomElement(using: &random) ?? ["11"]
        arguments += ["--status", status, "--note", note, "--by", by]
        if status == "done" { arguments += ["--date", "01.03.2022"] }
        return arguments
    }
}
