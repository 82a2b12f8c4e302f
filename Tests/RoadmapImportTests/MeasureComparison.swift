import Testing
import RoadmapModel

/// Compares imported measures with a bundled sample field by field, so a
/// failure names the measure and the field.
enum MeasureComparison {
    static func expectEqual(_ imported: [Measure], _ sample: [Measure], scopes: Bool = true,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(imported.map(\.id) == sample.map(\.id), sourceLocation: sourceLocation)
        for (got, want) in zip(imported, sample) {
            let label = Comment(rawValue: "мероприятие \(want.id)")
            #expect(got.number == want.number, label, sourceLocation: sourceLocation)
            #expect(got.section == want.section, label, sourceLocation: sourceLocation)
            #expect(got.title == want.title, label, sourceLocation: sourceLocation)
            #expect(got.deadline == want.deadline, label, sourceLocation: sourceLocation)
            #expect(got.responsible == want.responsible, label, sourceLocation: sourceLocation)
            #expect(got.result == want.result, label, sourceLocation: sourceLocation)
            if scopes { #expect(got.scope == want.scope, label, sourceLocation: sourceLocation) }
        }
    }
}
