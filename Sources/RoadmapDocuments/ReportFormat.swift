import Foundation

/// The forms the report can be written in, and how each is produced.
public enum ReportFormat: String, CaseIterable, Sendable {
    case docx, md, html, csv

    /// Reads a `--format` value, case-insensitively; «markdown» and «htm» too.
    public init?(name: String) {
        switch name.lowercased() {
        case "markdown": self = .md
        case "htm": self = .html
        default: self.init(rawValue: name.lowercased())
        }
    }

    /// The format a file name implies: `справка.docx` → docx.
    public init?(fileName: String) {
        let ext = (fileName as NSString).pathExtension
        guard !ext.isEmpty else { return nil }
        self.init(name: ext)
    }

    /// A binary format must not be sent to a terminal.
    public var isBinary: Bool { self == .docx }

    public func render(_ report: Report, created: Date = Date()) throws(DocxReport.Failure) -> Data {
        switch self {
        case .docx: return try DocxReport.render(report, created: created)
        case .md: return Data(MarkdownReport.render(report).utf8)
        case .html: return Data(HTMLReport.render(report).utf8)
        case .csv: return Data(CSVReport.render(report).utf8)
        }
    }
}
