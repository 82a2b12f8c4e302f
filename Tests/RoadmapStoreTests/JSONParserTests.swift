import Testing
import RoadmapStore

@Suite("JSON parser: values and positions")
struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONNode {
        let result = JSONParser.parse(text)
        #expect(result.errors.isEmpty, "\(result.errors)")
        return try #require(result.root)
    }

    @Test func readsEveryKindOfValueAndKeepsKeyOrder() throws {
        let root = try parse(#"{"b": [1, -2.5, 3e2, true, false, null], "a": "x", "c": {}}"#)
        #expect(root.plain == .object([
            JSON.Member("b", .array([.number("1"), .number("-2.5"), .number("3e2"), .bool(true), .bool(false), .null])),
            JSON.Member("a", .string("x")),
            JSON.Member("c", .object([])),
        ]))
    }

    @Test func positionsOfKeysAndValuesAreLineAndColumn() throws {
        let root = try parse("{\n  \"id\": \"2.4\",\n  \"list\": [\n    10\n  ]\n}\n")
        #expect(root.position == SourcePosition(line: 1, column: 1))
        let id = try #require(root.member("id"))
        #expect(id.keyPosition == SourcePosition(line: 2, column: 3))
        #expect(id.value.position == SourcePosition(line: 2, column: 9))
        let list = try #require(root.member("list"))
        guard case .array(let items) = list.value.value else { Issue.record("не список"); return }
        #expect(items[0].position == SourcePosition(line: 4, column: 5))
    }

    @Test func columnsCountCyrillicAsOneCharacterEach() throws {
        // «Февраль» is 7 letters but 14 bytes: the next value's column must
        // count letters.
        let root = try parse(#"{"срок": "Февраль", "n": 1}"#)
        let срок = try #require(root.member("срок"))
        #expect(срок.keyPosition.column == 2)
        #expect(срок.value.position.column == 10)
        #expect(root.member("n")?.keyPosition.column == 21)
        #expect(root.member("n")?.value.position.column == 26)
        #expect(срок.value.plain == .string("Февраль"))
    }

    @Test func escapesAreDecoded() throws {
        let root = try parse(#"["a\"b\\c\/d\n\t\r\b\f", "\u0416\u00e9", "\ud83d\ude00"]"#)
        #expect(root.plain == .array([.string("a\"b\\c/d\n\t\r\u{8}\u{C}"), .string("Жé"), .string("😀")]))
    }

    @Test func byteOrderMarkIsSkippedAndNotCountedInColumns() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8)
        let result = JSONParser.parse(bytes)
        #expect(result.errors.isEmpty)
        #expect(result.root?.member("a")?.keyPosition == SourcePosition(line: 1, column: 2))
    }

    @Test func crlfLineEndsCountAsOneLine() throws {
        let root = try parse("{\r\n  \"a\": 1\r\n}")
        #expect(root.member("a")?.keyPosition == SourcePosition(line: 2, column: 3))
    }

    @Test func twoHundredLevelsAreAccepted() throws {
        let text = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        _ = try parse(text)
    }

    @Test func largeInputParsesAndKeepsCounts() throws {
        let record = #"{"measure": "2.10", "status": "выполнено", "note": "Проведено совещание"}"#
        let text = "[" + Array(repeating: record, count: 20_000).joined(separator: ",\n") + "]"
        let root = try parse(text)
        guard case .array(let items) = root.value else { Issue.record("не список"); return }
        #expect(items.count == 20_000)
        #expect(items.last?.position == SourcePosition(line: 20_000, column: 1))
        #expect(items.last?.member("note")?.value.position.column == 52)
    }

    @Test func oneLongLineKeepsColumnsExactWithoutRescanning() throws {
        // 50,000 Cyrillic strings on one line: columns must count letters
        // and the parse must not slow down with the line's length.
        let text = "[" + Array(repeating: "\"Ж\"", count: 50_000).joined(separator: ",") + "]"
        let root = try parse(text)
        guard case .array(let items) = root.value else { Issue.record("не список"); return }
        #expect(items[49_999].position == SourcePosition(line: 1, column: 2 + 4 * 49_999))
    }
}
