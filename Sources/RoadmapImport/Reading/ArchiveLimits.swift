/// How much an office document may inflate to. A real roadmap's DOCX holds
/// a `document.xml` of a few megabytes, compressed five to fifty times;
/// a zip bomb holds gigabytes compressed a thousand times.
struct ArchiveLimits: Sendable {
    /// One part, inflated.
    var entryBytes = 256 << 20
    /// All parts read from one archive, inflated.
    var totalBytes = 512 << 20
    /// Inflated bytes per compressed byte, for parts over `ratioGrace`:
    /// office files stay well under a hundred (the bound office readers
    /// commonly use), a bomb's deflate runs near a thousand.
    var ratio = 100
    /// Small parts may compress better (a run of empty table cells).
    var ratioGrace = 1 << 20
}
