import Foundation

/// How each operation's cost grows from the 10,000 to the 100,000 region
/// and from the 100,000 to the 300,000 one, and whether the 100,000 region
/// meets the in-process targets of the README (the command rows carry
/// their targets beside them at every size).
enum GrowthReport {
    /// Upper bounds at 100,000 records, in seconds.
    static let targets: [String: Double] = [
        "first frame": 1, "first frame via index": 1, "one key + render": 0.005, "mark and save": 0.020,
    ]

    static func text(_ results: [(target: Int, result: SizeMeasurement)]) -> String {
        var lines: [String] = []
        for (from, to) in [(10_000, 100_000), (100_000, 300_000)] {
            guard let small = results.first(where: { $0.target == from })?.result,
                  let large = results.first(where: { $0.target == to })?.result else { continue }
            lines += growth(small, large, label: "\(to / 1000)k ÷ \(from / 1000)k")
        }
        guard let large = results.first(where: { $0.target == 100_000 })?.result else { return lines.joined(separator: "\n") }
        lines.append("\ntargets of the in-process rows at \(large.records) records:")
        for operation in large.operations {
            guard let limit = targets[operation.name] else { continue }
            let value = median(operation.seconds)
            lines.append(pad("  " + operation.name, 25) + pad(Measurement.format(value), 11)
                + "< " + Measurement.format(limit) + (value < limit ? "  met" : "  MISSED"))
        }
        return lines.joined(separator: "\n")
    }

    /// Every row, in-process and command-level, from one size to the next.
    /// The verdict is on the fastest run of each size: a slow spell of a
    /// shared host only ever adds time, and one that falls on the larger
    /// size's turn makes linear work look superlinear. The ratio of the
    /// medians is printed beside it.
    private static func growth(_ small: SizeMeasurement, _ large: SizeMeasurement, label: String) -> [String] {
        let recordsRatio = Double(large.records) / Double(small.records)
        var lines = ["", String(format: "growth %@ (records ×%.1f), fastest runs (medians): linear or better means up to ×%.1f",
                                label, recordsRatio, recordsRatio * slack)]
        func rows(_ m: SizeMeasurement) -> [(String, [Double])] {
            m.operations.map { ($0.name, $0.seconds) } + (m.commands ?? []).map { ($0.name, $0.seconds) }
        }
        let before = Dictionary(rows(small), uniquingKeysWith: { a, _ in a })
        for (name, seconds) in rows(large) {
            guard let earlier = before[name] else { continue }
            let ratio = fastest(seconds) / Swift.max(fastest(earlier), 1e-9)
            let medians = median(seconds) / Swift.max(median(earlier), 1e-9)
            lines.append(pad("  " + name, 25) + pad(String(format: "×%.1f (×%.1f)", ratio, medians), 15)
                + verdict(name, ratio, recordsRatio))
        }
        return lines
    }

    static func fastest(_ values: [Double]) -> Double {
        Measurement(name: "", seconds: values).min
    }

    /// A ratio up to the records' ratio and a seventh more (×3.3 for ×2.9
    /// records) still counts as linear: timer noise on a shared machine.
    static let slack = 1.15

    /// A mark writes one school's file whatever the region's size (and, as
    /// a command, reads the plan and that file), one key redraws one
    /// screen: these must stay flat; the rest may grow with the data, no faster.
    static func verdict(_ name: String, _ ratio: Double, _ recordsRatio: Double) -> String {
        if flat.contains(name) {
            return ratio <= 2 ? "flat" : "GROWS (should be flat)"
        }
        return ratio <= recordsRatio * slack ? "linear or better" : "GROWS FASTER THAN THE DATA"
    }

    static let flat: Set<String> = ["mark and save", CommandTimings.mark]

    static func median(_ values: [Double]) -> Double {
        Measurement(name: "", seconds: values).median
    }
}
