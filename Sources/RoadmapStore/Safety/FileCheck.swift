import RoadmapModel

extension DataDirectory {
    /// Checks the bytes of one data file on their own (syntax, format,
    /// fields; not the checks across files): what `validate` would say
    /// about this file. Used by the loader's fuzz target and by tests of
    /// hostile input, which must get messages, never a crash.
    public static func check(_ bytes: [UInt8], as file: DataFile) -> [Diagnostic] {
        let log = FileLog(file: file.relativePath)
        guard let root = DirectoryLoader.parse(bytes, log: log) else { return log.diagnostics }
        switch file {
        case .roadmap: _ = RoadmapDecoder.decode(root, log: log)
        case .schools:
            if let schools = SchoolsDecoder.decode(root, log: log) { CrossChecks.checkSchools(schools, log: log) }
        case .measures: _ = MeasuresDecoder.decode(root, log: log)
        case .progress(let school): _ = ProgressDecoder.decode(root, school: school, log: log)
        }
        return log.diagnostics
    }
}
