import Foundation

/// Repeated timings of one operation: median and spread, never a single run.
struct Measurement {
    var name: String
    var seconds: [Double]

    /// `warmup` runs first, untimed: a run's first call pays for what the
    /// process sets up once.
    static func time(_ name: String, runs: Int, warmup: Int = 0, _ body: () throws -> Void) rethrows -> Measurement {
        for _ in 0..<warmup { try body() }
        var samples: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let elapsed = try clock.measure(body)
            samples.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return Measurement(name: name, seconds: samples)
    }

    var median: Double {
        let sorted = seconds.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    var min: Double { seconds.min() ?? 0 }
    var max: Double { seconds.max() ?? 0 }

    static func format(_ seconds: Double) -> String {
        seconds >= 1 ? String(format: "%.2f s", seconds) : String(format: "%.2f ms", seconds * 1000)
    }
}

/// Peak resident memory of this process so far.
func peakMemoryMegabytes() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}
