import Testing
import Foundation
@testable import RoadmapApp

@Test func peek() throws {
    var out = ""
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let state = Fixture.state(width: w, height: h)
        out += App.render(state).lines.joined(separator: "\n") + "\n"
    }
    try out.write(toFile: "/tmp/peek.txt", atomically: true, encoding: .utf8)
}
