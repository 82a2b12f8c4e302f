/// The stamps of the files an index was built from, as the index files keep them.
extension IndexWriter {
    mutating func sources(_ stamps: [SourceStamp]) {
        count(stamps.count)
        for s in stamps {
            string(s.path)
            i64(s.size); i64(s.modified); i64(s.changed)
            u64(s.inode); u64(s.contentHash); u8(s.racy ? 1 : 0)
        }
    }
}

extension IndexReader {
    mutating func sources() throws(IndexError) -> [SourceStamp] {
        var stamps: [SourceStamp] = []
        for _ in 0..<(try count()) {
            stamps.append(SourceStamp(path: try string(), size: try i64(), modified: try i64(), changed: try i64(),
                                      inode: try u64(), contentHash: try u64(), racy: try u8() == 1))
        }
        return stamps
    }
}
