import Foundation
import RoadmapModel

/// After a mark, one progress file of thousands has a new stamp: reading
/// that file again costs one file, where rebuilding the index costs the
/// region. A refresh does that, and only when nothing else is in doubt:
///
/// - every stamp that did not change still matches, racy files by their bytes;
/// - the changed, added or removed files are progress files only
///   (`progress/municipal.json` changed, `progress/schools/<id>.json`
///   changed, added or removed) — a changed plan file, a stray file or a
///   journal of an interrupted change means a full rebuild;
/// - every file read again loads without errors (an error is the full
///   load's to report, with every other problem).
///
/// The files read again are stamped before they are read, as a rebuild
/// stamps them, and checked against the plan the index keeps (the same
/// checks the loader makes against the plan files, which are unchanged).
extension OverdueIndexCache {
    /// The index brought up to date with the files on disk: as it is while
    /// fresh, refreshed file by file after progress files changed, nil when
    /// only a full load can tell (then `loadAndRebuild()`).
    public func refreshed() -> Hit? {
        let rootPath = root.standardizedFileURL.path
        guard !Journal.exists(in: rootPath), let stored = stored() else { return nil }
        let builtAt = SourceFiles.now()
        let current = SourceFiles.stamps(root, paths: SourceFiles.list(root))
        guard let changed = changedFiles(stored.index, current: current),
              changed.allSatisfy(Self.isProgressFile) else { return nil }
        if changed.isEmpty {
            // Racy files just proved their bytes: once old enough, the stamp will do.
            settle(stored)
            return Hit(index: stored.index, warningCount: stored.warningCount)
        }

        let byPath = Dictionary(current.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let loader = DirectoryLoader(root: root)
        let index = stored.index
        guard !changed.contains(where: { $0 != DataFile.progress(school: nil).relativePath })
                || SchoolFileListing.folderProblems(loader.reader).isEmpty else { return nil }
        let context = ProgressContext(deadlineContext: index.roadmap.deadlineContext,
                                      schoolIDs: Set(index.schools.map(\.id)), measures: index.measures)
        var stamps: [SourceStamp] = []
        var gone: [String] = []
        for path in changed {
            guard var stamp = byPath[path], stamp.size >= 0 else {
                // Without its municipal file a directory does not load at all.
                guard Self.school(of: path) != nil else { return nil }
                gone.append(path)
                continue
            }
            if builtAt - stamp.modified < SourceStamp.racyWindow {
                stamp.contentHash = SourceFiles.contentHash(root, path)
                stamp.racy = true
            }
            stamps.append(stamp)
        }
        let files = Parallel.map(stamps.map(\.path)) { path in
            loader.loadProgressFile(Self.school(of: path), context: context)
        }
        guard !files.contains(where: { $0.diagnostics.contains { $0.severity == .error } }) else { return nil }

        var updated = stored
        updated.index = index.replacing(files: files, removed: gone, stamps: stamps, order: current.map(\.path), builtAt: builtAt)
        for path in changed { updated.warningsByFile[path] = nil }
        for file in files {
            let count = file.diagnostics.count(where: { $0.severity == .warning })
            if count > 0 { updated.warningsByFile[file.relativePath] = count }
        }
        write(updated)
        return Hit(index: updated.index, warningCount: updated.warningCount)
    }

    /// The cache file when it is there, whole, and this directory's.
    func stored() -> OverdueCacheFile? {
        guard let file, let bytes = FileReader.readRegular(file.path).bytes,
              let stored = try? OverdueCacheFile(decoding: bytes),
              stored.directory == CacheFolder.realPath(root) else { return nil }
        return stored
    }

    /// The files whose stamps moved, were added or removed, plus racy files
    /// whose bytes are no longer those of the build; nil when a file cannot
    /// be judged.
    private func changedFiles(_ index: OverdueIndex, current: [SourceStamp]) -> [String]? {
        var changed: Set<String> = []
        if case .stale(let paths) = index.freshness(current: current) { changed.formUnion(paths) }
        // `freshness` stops at the first stale file; racy ones that look
        // unchanged must still prove their bytes.
        let present = Dictionary(current.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        for source in index.sources where source.racy && !changed.contains(source.path) {
            guard let now = present[source.path], source.sameMetadata(as: now) else { continue }
            if SourceFiles.contentHash(root, source.path) != source.contentHash { changed.insert(source.path) }
        }
        return changed.sorted()
    }

    /// `progress/municipal.json` or `progress/schools/<safe id>.json`.
    static func isProgressFile(_ path: String) -> Bool {
        if path == DataFile.progress(school: nil).relativePath { return true }
        guard let id = school(of: path) else { return false }
        return SafeID.isValidSchoolID(id)
    }

    /// The school whose file `path` is, nil for anything else.
    static func school(of path: String) -> String? {
        let prefix = SchoolFileListing.folder + "/"
        guard path.hasPrefix(prefix), path.hasSuffix(".json") else { return nil }
        return String(path.dropFirst(prefix.count).dropLast(5))
    }
}

extension OverdueIndex {
    /// The index with the entries of `files` in place of what those files
    /// held, the entries of `removed` files dropped, and their stamps
    /// replaced: the same entries, in the same order, a rebuild would give.
    func replacing(files: [DirectoryLoader.LoadedFile], removed: [String], stamps: [SourceStamp],
                   order: [String], builtAt: Int64) -> OverdueIndex {
        let positions = Positions(schools: schools, measures: measures)
        var partitions: [Int32: [Entry]] = [:]
        for file in files {
            let school = OverdueIndexCache.school(of: file.relativePath)
            let records = file.records.sorted { $0.key < $1.key }
            partitions[school.flatMap { positions.schools[$0] } ?? -1] =
                OverdueIndex.entries(of: records, school: school, positions: positions)
        }
        for path in removed {
            if let school = OverdueIndexCache.school(of: path), let position = positions.schools[school] {
                partitions[position] = []
            }
        }
        var updated = self
        updated.builtAt = builtAt
        updated.entries = Self.merge(entries, replacing: partitions)
        // In the order the files are listed, as a rebuild keeps them.
        var byPath = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        for stamp in stamps { byPath[stamp.path] = stamp }
        updated.sources = order.compactMap { byPath[$0] }
        return updated
    }

    /// Entries are kept by school position (municipal first); each replaced
    /// position's run gives way to its new entries, at the same place.
    private static func merge(_ entries: [Entry], replacing partitions: [Int32: [Entry]]) -> [Entry] {
        var result: [Entry] = []
        result.reserveCapacity(entries.count)
        var pending = partitions.keys.sorted()[...]
        func flush(upTo school: Int32?) {
            while let next = pending.first, school.map({ next < $0 }) ?? true {
                result += partitions[next] ?? []
                pending = pending.dropFirst()
            }
        }
        var current: Int32? = nil
        for entry in entries {
            if entry.school != current {
                flush(upTo: entry.school)
                current = entry.school
                if pending.first == entry.school {
                    result += partitions[entry.school] ?? []
                    pending = pending.dropFirst()
                }
            }
            if partitions[entry.school] == nil { result.append(entry) }
        }
        flush(upTo: nil)
        return result
    }
}
