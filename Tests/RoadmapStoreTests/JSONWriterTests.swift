import Testing
import RoadmapStore

@Suite("JSON writer")
struct JSONWriterTests {
    @Test func prettyPrintsWithTwoSpacesInGivenKeyOrder() {
        let value = JSON.object([
            JSON.Member("format", .integer(1)),
            JSON.Member("school", .string("urozhaynoe")),
            JSON.Member("records", .array([])),
            JSON.Member("list", .array([.string("УО"), .bool(true), .null, .object([])])),
            JSON.Member("a", .object([JSON.Member("z", .number("2.5")), JSON.Member("b", .bool(false))])),
        ])
        #expect(JSONWriter.string(value) == """
        {
          "format": 1,
          "school": "urozhaynoe",
          "records": [],
          "list": [
            "УО",
            true,
            null,
            {}
          ],
          "a": {
            "z": 2.5,
            "b": false
          }
        }

        """)
    }

    @Test func escapesOnlyQuotesBackslashesAndControlCharacters() {
        let text = "Приказ № 378-а «О плане»\n\tи \"кавычки\" \\ / \u{1}\u{1F}\r 😀"
        #expect(JSONWriter.string(.string(text))
                == #""Приказ № 378-а «О плане»\n\tи \"кавычки\" \\ / \u0001\u001f\u000d 😀""# + "\n")
    }

    @Test func sameValueGivesSameBytesAndParsesBack() {
        let value = JSON.object([
            JSON.Member("title", .string("План мероприятий («дорожная карта»)")),
            JSON.Member("n", .array([.integer(-3), .number("1e3")])),
        ])
        let first = JSONWriter.bytes(value)
        #expect(first == JSONWriter.bytes(value))
        #expect(JSONParser.parse(first).root?.plain == value)
    }
}
