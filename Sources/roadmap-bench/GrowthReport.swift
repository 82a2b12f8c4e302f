import Foundation

/// How each operation's cost grows from the 10,000 to the 100,000 region,
/// and whether the 100,000 region meets the targets of the README.
enum GrowthReport {
    /// Upper bounds at 100,000 records, in seconds.
    static let targets: [String: Double] = [
        "first frame": 1, "first frame via index": 1, "one key + render": 0.005, "mark and save": 0.020,
    ]

    static func text(_ results: [(target: Int, result: SizeMeasurement)]) -> String {
        guard let small = results.first(where: { $0.target == 10_000 })?.result,
              let large = results.first(where: { $0.target == 100_000 })?.result else { return "" }
        let recordsRatio = Double(large.records) / Double(small.records)
        var lines = [String(format: "growth 100k ÷ 10k (records ×%.1f): linear or better means a ratio up to ×%.1f", recordsRatio, recordsRatio)]
        for operation in large.operations {
            guard let before = small.operations.first(where: { $0.name == operation.name }) else { continue }
            let ratio = median(operation.seconds) / Swift.max(median(before.seconds), 1e-9)
            lines.append(pad("  " + operation.name, 25) + String(format: "×%-6.1f ", ratio) + verdict(operation.name, ratio, recordsRatio))
        }
        lines.append("\ntargets at \(large.records) records:")
        for operation in large.operations {
            guard let limit = targets[operation.name] else { continue }
            let value = median(operation.seconds)
            lines.append(pad("  " + operation.name, 25) + pad(Measurement.format(value), 11)
                + "< " + Measurement.format(limit) + (value < limit ? "  met" : "  MISSED"))
        }
        return lines.joined(separator: "\n")
    }

    /// Mark-and-save writes one school's file whatever the region's size,
    /// so it must stay flat; the rest may grow with the data, no faster.
    /// A quarter of slack keeps timer noise on a shared machine from
    /// reading as a trend.
    static func verdict(_ name: String, _ ratio: Double, _ recordsRatio: Double) -> String {
        if name == "mark and save" {
            return ratio <= 2 ? "flat" : "GROWS (should be flat)"
        }
        return ratio <= recordsRatio * 1.25 ? "linear or better" : "FASTER THAN LINEAR"
    }

    static func median(_ values: [Double]) -> Double {
        Measurement(name: "", seconds: values).median
    }
}
