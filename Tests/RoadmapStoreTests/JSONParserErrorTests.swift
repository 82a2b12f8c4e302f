import Testing
import RoadmapStore

@Suite("JSON parser: errors with positions")
struct JSONParserErrorTests {
    private func error(_ text: String) -> JSONSyntaxError? { error(Array(text.utf8)) }

    private func error(_ bytes: [UInt8]) -> JSONSyntaxError? {
        let result = JSONParser.parse(bytes)
        #expect(result.errors.count == 1, "\(result.errors)")
        return result.errors.first
    }

    @Test func unexpectedEndInsideObject() {
        let e = error("{\n  \"a\": 1,\n")
        #expect(e?.kind == .unexpectedEnd)
        #expect(e?.position == SourcePosition(line: 3, column: 1))
        #expect(e?.message == "файл обрывается: объект, открытый в строка 1, столбец 1, не закрыт «}»")
    }

    @Test func unexpectedEndInsideString() {
        let e = error(#"{"a": "Февр"#)
        #expect(e?.kind == .unexpectedEnd)
        #expect(e?.description == "1:12: файл обрывается внутри строки, начатой: строка 1, столбец 7")
    }

    @Test func emptyTextHasNoValue() {
        #expect(error("  \n ")?.description == "2:2: нет ни одного значения JSON")
    }

    @Test func unexpectedCharacterShowsItAndWhatWasExpected() {
        #expect(error("{\"a\": 1 \"b\": 2}")?.description == "1:9: ожидалась «,» или «}», а встретилось «\"»")
        #expect(error("[1, 2 3]")?.description == "1:7: ожидалась «,» или «]», а встретилось «3»")
        #expect(error("{\"срок\": Февраль}")?.description == "1:10: ожидалось значение, а встретилось «Ф»")
        #expect(error("{a: 1}")?.description == "1:2: ожидалось имя поля в кавычках, а встретилось «a»")
        #expect(error("{\"a\" 1}")?.description == "1:6: ожидалось «:» после имени поля, а встретилось «1»")
        #expect(error("[tru]")?.kind == .unexpectedCharacter)
    }

    @Test func trailingCommasAreNamed() {
        #expect(error("{\"a\": 1,\n}")?.description == "2:1: лишняя запятая перед «}»")
        #expect(error("[1, 2, ]")?.description == "1:8: лишняя запятая перед «]»")
    }

    @Test func contentAfterTheValueIsRefused() {
        let e = error("{}\n{}")
        #expect(e?.kind == .trailingContent)
        #expect(e?.description == "2:1: после конца JSON ничего не должно быть, а встретилось «{»")
    }

    @Test func invalidEscapes() {
        #expect(error(#"["a\qb"]"#)?.description == "1:4: недопустимая escape-последовательность «\\q»")
        #expect(error(#"["\u12G4"]"#)?.description == "1:3: после \\u нужны четыре шестнадцатеричные цифры")
        #expect(error(#"["\udc00"]"#)?.description == "1:3: непарный суррогат \\uDC00 в escape-последовательности")
        #expect(error(#"["\ud83d x"]"#)?.kind == .invalidEscape)
    }

    @Test func invalidUTF8IsReportedWhereItIs() {
        // «Ж» then a lone continuation byte, then an overlong «/».
        let bytes: [UInt8] = Array("{\"a\": \"Ж".utf8) + [0x80] + Array("\"}".utf8)
        let e = error(bytes)
        #expect(e?.kind == .invalidUTF8)
        #expect(e?.description == "1:9: недопустимая последовательность UTF-8 (0x80 0x22 0x7D): файл должен быть в кодировке UTF-8")
        #expect(error(Array("[\"".utf8) + [0xC0, 0xAF] + Array("\"]".utf8))?.kind == .invalidUTF8)
        #expect(error(Array("[\"".utf8) + [0xED, 0xA0, 0x80] + Array("\"]".utf8))?.kind == .invalidUTF8)
        #expect(error(Array("[\"".utf8) + [0xE2, 0x82] + Array("\"]".utf8))?.kind == .invalidUTF8)
        // Outside a string, a broken byte is an encoding problem, not a wrong character.
        #expect(error([0x5B, 0xFF, 0x5D])?.description.hasPrefix("1:2: недопустимая последовательность UTF-8 (0xFF 0x5D)") == true)
    }

    @Test func nulBytesAreRefusedEverywhere() {
        #expect(error([0x7B, 0x00, 0x7D])?.description == "1:2: нулевой байт (NUL): это не текстовый файл или он повреждён")
        #expect(error(Array("[\"a".utf8) + [0x00] + Array("\"]".utf8))?.kind == .nulByte)
    }

    @Test func rawControlCharactersInStringsAreRefused() {
        #expect(error("[\"a\tb\"]")?.description
                == "1:4: управляющий символ U+0009 внутри строки: запишите его как \\n, \\t или \\u00XX")
        #expect(error("[\"a\nb\"]")?.kind == .controlCharacter)
    }

    @Test func invalidNumbers() {
        #expect(error("[01]")?.description == "1:2: число не может начинаться с нуля")
        #expect(error("[1.]")?.description == "1:2: неверное число")
        #expect(error("[-]")?.kind == .invalidNumber)
        #expect(error("[1e]")?.kind == .invalidNumber)
    }

    @Test func nestingDeeperThanTwoHundredIsRefusedWithoutCrashing() {
        let text = String(repeating: "[", count: 201) + String(repeating: "]", count: 201)
        let e = error(text)
        #expect(e?.kind == .tooDeep)
        #expect(e?.description == "1:201: вложенность глубже 200 уровней")
        // Far deeper input must not overflow the stack either.
        #expect(error(String(repeating: "{\"a\":", count: 100_000))?.kind == .tooDeep)
    }

    @Test func duplicateKeysAreErrorsPointingAtBothPlaces() {
        let result = JSONParser.parse("{\n  \"id\": \"1\",\n  \"title\": \"x\",\n  \"id\": \"2\"\n}")
        #expect(result.errors.map(\.description) == ["4:3: поле «id» повторяется в одном объекте (первое — строка 2, столбец 3)"])
        #expect(result.errors.first?.kind == .duplicateKey)
        // The tree is still there, with the first value.
        #expect(result.root?.member("id")?.value.plain == .string("1"))
    }
}
