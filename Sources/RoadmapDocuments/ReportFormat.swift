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

    /// The same bytes as `render`, written into `out` as they are made.
    public func write(_ report: Report, to out: DescriptorStream, created: Date = Date()) throws(DocxReport.Failure) {
        var text = out
        switch self {
        case .docx: try DocxReport.write(report, to: out, created: created)
        case .md: MarkdownReport.write(report, to: &text)
        case .html: HTMLReport.write(report, to: &text)
        case .csv: CSVReport.write(report, to: &text)
        }
    }
}
