extension DataDirectory {
    /// Finishes (or takes back) a save a killed process left half done, with
    /// the write lock held: for a tool that reads the files as they are on
    /// disk, such as a commit of the directory, rather than through `load()`.
    public func settleInterruptedSaves(holding lock: WriteLock) {
        DirectoryWriter(root: root).settleInterruptedSaves()
    }
}
