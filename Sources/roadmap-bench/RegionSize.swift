import RoadmapModel

extension SyntheticRegion {
    /// How many schools give about `records` progress records: the count
    /// grows by a steady amount per school (its share of the per-school
    /// measures) on top of the municipal measures, so two small probes tell
    /// the line.
    static func schools(forRecords records: Int, measures: Int, seed: UInt64,
                        markedUpTo: Day = SyntheticRegion.standardDay) -> Int {
        func count(_ schools: Int) -> Int {
            SyntheticRegion(schools: schools, measures: measures, seed: seed, markedUpTo: markedUpTo).make().progressCount
        }
        let small = count(10), large = count(60)
        let perSchool = Double(large - small) / 50
        guard perSchool > 0 else { return 1 }
        let municipal = Double(small) - perSchool * 10
        return Swift.max(1, Int(((Double(records) - municipal) / perSchool).rounded()))
    }
}
