import Foundation

/// LibreOffice converting a document to PDF, and poppler reading the PDF
/// back as text: the check that a real office suite opens what we write.
enum LibreOffice {
    static var isInstalled: Bool {
        ExternalTool.exists("libreoffice") && ExternalTool.exists("pdftotext") && ExternalTool.exists("pdfinfo")
            && ExternalTool.exists("pdftoppm")
    }

    /// Converts `file` to PDF in its folder, with a throwaway profile and
    /// HOME so it never touches the user's settings, and returns the PDF.
    static func convertToPDF(_ file: URL, inputFilter: String? = nil) throws -> URL {
        let folder = file.deletingLastPathComponent()
        var arguments = ["--headless", "-env:UserInstallation=file://\(folder.path)/profile"]
        if let inputFilter { arguments.append("--infilter=\(inputFilter)") }
        arguments += ["--convert-to", "pdf", "--outdir", folder.path, file.path]
        let result = try ExternalTool.run("libreoffice", arguments, environment: ["HOME": folder.path])
        let pdf = file.deletingPathExtension().appendingPathExtension("pdf")
        guard result.status == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw Failure(description: "libreoffice did not convert \(file.lastPathComponent): \(result.output)")
        }
        return pdf
    }

    /// Converts several files of one kind to PDF in one LibreOffice run
    /// (each run costs seconds); returns the PDFs in the files' order.
    static func convertToPDF(_ files: [URL]) throws -> [URL] {
        guard let folder = files.first?.deletingLastPathComponent() else { return [] }
        let arguments = ["--headless", "-env:UserInstallation=file://\(folder.path)/profile",
                         "--convert-to", "pdf", "--outdir", folder.path] + files.map(\.path)
        let result = try ExternalTool.run("libreoffice", arguments, environment: ["HOME": folder.path])
        let pdfs = files.map { $0.deletingPathExtension().appendingPathExtension("pdf") }
        for pdf in pdfs where result.status != 0 || !FileManager.default.fileExists(atPath: pdf.path) {
            throw Failure(description: "libreoffice did not convert \(pdf.lastPathComponent): \(result.output)")
        }
        return pdfs
    }

    /// The cells of CSV files as Calc reads them (`;`, quotes, UTF-8): Calc
    /// opens them and saves them tab-separated, in one run, and Python's
    /// `csv` reads that back.
    static func cells(ofCSV files: [URL]) throws -> [[[String]]] {
        guard let folder = files.first?.deletingLastPathComponent() else { return [] }
        let out = folder.appendingPathComponent("read-back")
        let result = try ExternalTool.run("libreoffice", [
            "--headless", "-env:UserInstallation=file://\(folder.path)/profile", "--infilter=CSV:59,34,76,1",
            "--convert-to", "csv:Text - txt - csv (StarCalc):9,34,76,1", "--outdir", out.path,
        ] + files.map(\.path), environment: ["HOME": folder.path])
        return try files.map { file in
            let saved = out.appendingPathComponent(file.lastPathComponent)
            guard result.status == 0, FileManager.default.fileExists(atPath: saved.path) else {
                throw Failure(description: "libreoffice did not read \(file.lastPathComponent): \(result.output)")
            }
            let read = try ExternalTool.run("python3", ["-c", """
                import csv, json, sys
                with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                    print(json.dumps(list(csv.reader(f, delimiter="\\t")), ensure_ascii=False))
                """, saved.path])
            guard read.status == 0 else { throw Failure(description: read.output) }
            return try JSONDecoder().decode([[String]].self, from: Data(read.output.utf8))
        }
    }

    /// Renders every page as a PNG at `dpi` (for a person to look at);
    /// returns the files.
    static func pages(of pdf: URL, dpi: Int) throws -> [URL] {
        let prefix = pdf.deletingPathExtension().path + "-page"
        let result = try ExternalTool.run("pdftoppm", ["-r", String(dpi), "-png", pdf.path, prefix])
        guard result.status == 0 else { throw Failure(description: result.output) }
        let folder = pdf.deletingLastPathComponent()
        let stem = pdf.deletingPathExtension().lastPathComponent + "-page"
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix(stem) && $0.hasSuffix(".png") }.sorted().map { folder.appendingPathComponent($0) }
    }

    static func text(of pdf: URL) throws -> String {
        try ExternalTool.run("pdftotext", ["-layout", pdf.path, "-"]).output
    }

    static func info(of pdf: URL) throws -> String {
        try ExternalTool.run("pdfinfo", [pdf.path]).output
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }
}
