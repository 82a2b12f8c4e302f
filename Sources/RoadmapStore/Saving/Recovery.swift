#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RoadmapFiles

/// Ends what a save left behind, with the write lock held: a change whose
/// journal exists is finished (or, when a file cannot be replaced, taken
/// back whole); temporary files without a journal belong to a change that
/// never counted and are removed.
struct Recovery {
    let rootPath: String

    /// Called before every save. Returns the names of leftovers removed.
    @discardableResult
    func settle() -> [String] {
        if let journal = Journal.read(in: rootPath) {
            rollForward(journal.entries)
        } else if Journal.exists(in: rootPath) {
            // Not a journal this program wrote: it names nothing to rename.
            unlink(journalPath)
        }
        var removed: [String] = []
        for folder in ["", "/progress", "/" + SchoolFileListing.folder] {
            removed += removeLeftovers(in: rootPath + folder)
        }
        return removed
    }

    /// Step 3 for one file: its new version renamed over it, or the file
    /// removed. Done twice, it changes nothing the second time.
    func put(_ entry: Journal.Entry) -> Bool {
        guard let temporary = temporary(entry) else {
            return unlink(target(entry)) == 0 || errno == ENOENT
        }
        return !exists(temporary) || rename(temporary, target(entry)) == 0
    }

    /// Whether step 3 was done for the file.
    private func isPut(_ entry: Journal.Entry) -> Bool {
        guard let temporary = temporary(entry) else { return !exists(target(entry)) }
        return !exists(temporary)
    }

    /// Does what is still waiting; when a step fails, takes back all.
    private func rollForward(_ entries: [Journal.Entry]) {
        for entry in entries where !put(entry) {
            rollBack(entries)
            return
        }
        finish(entries)
    }

    /// Every target as it was before the change. The old versions are put
    /// back first; only when all are back does the journal go, so a crash
    /// in here still leaves a change that the next save can finish.
    func rollBack(_ entries: [Journal.Entry]) {
        for entry in entries where isPut(entry) {
            let restored: Bool
            if let kept = entry.kept {
                restored = rename(folder(entry) + "/" + kept, target(entry)) == 0
            } else {
                restored = unlink(target(entry)) == 0 || errno == ENOENT
            }
            if !restored { return }
        }
        syncFolders(entries)
        unlink(journalPath)
        try? AtomicFile.syncDirectory(rootPath)
        for entry in entries {
            if let temporary = temporary(entry) { unlink(temporary) }
            if let kept = entry.kept { unlink(folder(entry) + "/" + kept) }
        }
    }

    /// After the last rename: flush, drop the journal, drop the old versions.
    func finish(_ entries: [Journal.Entry]) {
        syncFolders(entries)
        unlink(journalPath)
        try? AtomicFile.syncDirectory(rootPath)
        for entry in entries {
            if let kept = entry.kept { unlink(folder(entry) + "/" + kept) }
        }
    }

    private func removeLeftovers(in folder: String) -> [String] {
        let names = DirectoryNames.hidden(folder) ?? []
        let leftovers = names.filter { $0.contains(AtomicFile.temporaryMarker) || $0.contains(Journal.keptMarker) }
        for name in leftovers { unlink(folder + "/" + name) }
        return leftovers
    }

    private func syncFolders(_ entries: [Journal.Entry]) {
        for folder in Set(entries.map(folder)) { try? AtomicFile.syncDirectory(folder) }
    }

    private var journalPath: String { rootPath + "/" + Journal.fileName }
    private func target(_ entry: Journal.Entry) -> String { rootPath + "/" + entry.relative }
    private func folder(_ entry: Journal.Entry) -> String { AtomicFile.folder(of: target(entry)) }
    private func temporary(_ entry: Journal.Entry) -> String? { entry.temporary.map { folder(entry) + "/" + $0 } }

    private func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}
