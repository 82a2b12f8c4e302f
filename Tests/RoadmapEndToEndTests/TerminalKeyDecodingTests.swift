import CNcursesw
import RoadmapApp
import RoadmapTerminal
import Testing

@Suite("Разбор клавиш из wget_wch")
struct TerminalKeyDecodingTests {
    let decoder = KeyDecoder()

    @Test("управляющие байты: Esc, Enter (\\r и \\n), Tab, Backspace (127 и 8)")
    func controlBytes() {
        #expect(decoder.decode(character: 27) == .key(.escape))
        #expect(decoder.decode(character: 13) == .key(.enter))
        #expect(decoder.decode(character: 10) == .key(.enter))
        #expect(decoder.decode(character: 9) == .key(.tab))
        #expect(decoder.decode(character: 127) == .key(.backspace))
        #expect(decoder.decode(character: 8) == .key(.backspace))
    }

    @Test("Ctrl с латинской буквой даёт .control со строчной буквой")
    func controlLetters() {
        #expect(decoder.decode(character: 1) == .key(.control("a")))
        #expect(decoder.decode(character: 3) == .key(.control("c")))
        #expect(decoder.decode(character: 19) == .key(.control("s")))
        #expect(decoder.decode(character: 26) == .key(.control("z")))
    }

    @Test("печатные символы, кириллица целиком, а не байтами")
    func printable() {
        #expect(decoder.decode(character: UInt32(UInt8(ascii: "q"))) == .key(.character("q")))
        #expect(decoder.decode(character: 0x0439) == .key(.character("й")))
        #expect(decoder.decode(character: 0x0416) == .key(.character("Ж")))
        #expect(decoder.decode(character: 0x0451) == .key(.character("ё")))
        #expect(decoder.decode(character: 0x20) == .key(.character(" ")))
    }

    @Test("ненужное пропускается: NUL, Ctrl-\\, коды C1, не символы Юникода")
    func ignored() {
        #expect(decoder.decode(character: 0) == .ignored)
        #expect(decoder.decode(character: 28) == .ignored)
        #expect(decoder.decode(character: 0x9B) == .ignored)
        #expect(decoder.decode(character: 0xD800) == .ignored)
    }

    @Test("коды KEY_*: стрелки, страницы, Home/End, Delete, Enter, BackTab")
    func keyCodes() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
            (KEY_FIND, .home), (KEY_SELECT, .end),
            (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_ENTER, .enter), (KEY_BTAB, .backTab),
        ]
        for (code, key) in expected {
            #expect(decoder.decode(keyCode: code) == .key(key), "код \(code)")
        }
    }

    @Test("F1…F12 и KEY_RESIZE")
    func functionKeysAndResize() {
        for n in 1...12 {
            #expect(decoder.decode(keyCode: roadmap_key_f(Int32(n))) == .key(.function(n)))
        }
        #expect(decoder.decode(keyCode: roadmap_key_f(13)) == .ignored)
        #expect(decoder.decode(keyCode: KEY_RESIZE) == .resize)
        #expect(decoder.decode(keyCode: KEY_MOUSE) == .ignored)
    }

    @Test("Ctrl-стрелки: коды, найденные во время работы (kLFT5/kRIT5)")
    func runTimeCodes() {
        let withWords = KeyDecoder(extraCodes: [560: .wordLeft, 575: .wordRight])
        #expect(withWords.decode(keyCode: 560) == .key(.wordLeft))
        #expect(withWords.decode(keyCode: 575) == .key(.wordRight))
        #expect(decoder.decode(keyCode: 560) == .ignored)
        // A run-time code never overrides a fixed one.
        let clash = KeyDecoder(extraCodes: [KEY_UP: .wordLeft])
        #expect(clash.decode(keyCode: KEY_UP) == .key(.up))
    }
}
