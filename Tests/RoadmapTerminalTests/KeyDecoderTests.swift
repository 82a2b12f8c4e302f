import CNcursesw
import RoadmapApp
import RoadmapTerminal
import Testing

@Suite("Разбор клавиш из wget_wch")
struct KeyDecoderTests {
    let decoder = KeyDecoder()

    @Test("управляющие байты: Esc, Enter (\\r и \\n), Tab, Backspace (127 и 8)")
    func controlBytes() {
        var decoder = self.decoder
        #expect(decoder.decode(character: 27) == .key(.escape))
        #expect(decoder.decode(character: 13) == .key(.enter))
        #expect(decoder.decode(character: 10) == .key(.enter))
        #expect(decoder.decode(character: 9) == .key(.tab))
        #expect(decoder.decode(character: 127) == .key(.backspace))
        #expect(decoder.decode(character: 8) == .key(.backspace))
    }

    @Test("Ctrl с латинской буквой даёт .control со строчной буквой")
    func controlLetters() {
        var decoder = self.decoder
        #expect(decoder.decode(character: 1) == .key(.control("a")))
        #expect(decoder.decode(character: 3) == .key(.control("c")))
        #expect(decoder.decode(character: 19) == .key(.control("s")))
        #expect(decoder.decode(character: 26) == .key(.control("z")))
    }

    @Test("печатные символы, кириллица целиком, а не байтами")
    func printable() {
        var decoder = self.decoder
        #expect(decoder.decode(character: UInt32(UInt8(ascii: "q"))) == .key(.character("q")))
        #expect(decoder.decode(character: 0x0439) == .key(.character("й")))
        #expect(decoder.decode(character: 0x0416) == .key(.character("Ж")))
        #expect(decoder.decode(character: 0x0451) == .key(.character("ё")))
        #expect(decoder.decode(character: 0x20) == .key(.character(" ")))
    }

    @Test("ненужное пропускается: NUL, Ctrl-\\, коды C1, не символы Юникода")
    func ignored() {
        var decoder = self.decoder
        #expect(decoder.decode(character: 0) == .ignored)
        #expect(decoder.decode(character: 28) == .ignored)
        #expect(decoder.decode(character: 0x9B) == .ignored)
        #expect(decoder.decode(character: 0xD800) == .ignored)
    }

    @Test("коды KEY_*: стрелки, страницы, Home/End, Delete, Enter, BackTab")
    func keyCodes() {
        var decoder = self.decoder
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
        var decoder = self.decoder
        for n in 1...12 {
            #expect(decoder.decode(keyCode: roadmap_key_f(Int32(n))) == .key(.function(n)))
        }
        #expect(decoder.decode(keyCode: roadmap_key_f(13)) == .ignored)
        #expect(decoder.decode(keyCode: KEY_RESIZE) == .resize)
        #expect(decoder.decode(keyCode: KEY_MOUSE) == .ignored)
    }

    @Test("Ctrl-стрелки: коды, найденные во время работы (kLFT5/kRIT5)")
    func runTimeCodes() {
        var decoder = self.decoder
        var withWords = KeyDecoder(extraCodes: [560: .wordLeft, 575: .wordRight])
        #expect(withWords.decode(keyCode: 560) == .key(.wordLeft))
        #expect(withWords.decode(keyCode: 575) == .key(.wordRight))
        #expect(decoder.decode(keyCode: 560) == .ignored)
        // A run-time code never overrides a fixed one.
        var clash = KeyDecoder(extraCodes: [KEY_UP: .wordLeft])
        #expect(clash.decode(keyCode: KEY_UP) == .key(.up))
    }

    @Test("вставка (ESC[200~ … ESC[201~) — одно событие с текстом, переводы строк внутри не Enter")
    func bracketedPaste() {
        var decoder = self.decoder
        #expect(decoder.decode(keyCode: KeyDecoder.ownPasteStart) == .ignored)
        for scalar in "Курсы прошли\rс".unicodeScalars {
            #expect(decoder.decode(character: scalar.value) == .ignored)
        }
        // An arrow's sequence inside pasted text is not a key press.
        #expect(decoder.decode(keyCode: KEY_UP) == .ignored)
        #expect(decoder.decode(keyCode: KeyDecoder.ownPasteEnd) == .paste("Курсы прошли\rс"))
        // After the paste, letters are keys again.
        #expect(decoder.decode(character: 0x0441) == .key(.character("с")))
        #expect(decoder.decode(character: 13) == .key(.enter))
    }

    @Test("конец вставки без начала и пустая вставка")
    func pasteEdges() {
        var decoder = self.decoder
        #expect(decoder.decode(keyCode: KeyDecoder.ownPasteEnd) == .ignored)
        #expect(decoder.decode(keyCode: KeyDecoder.ownPasteStart) == .ignored)
        #expect(decoder.decode(keyCode: KeyDecoder.ownPasteEnd) == .paste(""))
        // A terminal whose terminfo names the markers: its codes are used.
        var named = KeyDecoder(pasteStart: 600, pasteEnd: 601)
        #expect(named.decode(keyCode: 600) == .ignored)
        _ = named.decode(character: 0x0430)
        #expect(named.decode(keyCode: 601) == .paste("а"))
    }
}
