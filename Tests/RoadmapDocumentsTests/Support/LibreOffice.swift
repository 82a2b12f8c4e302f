import Foundation

/// LibreOffice converting a document to PDF, and poppler reading the PDF
/// back as text: the check that a real office suite opens what we write.
enum LibreOffice {
    static var isInstalled: Bool {
        ExternalTool.exists("libreoffice") && ExternalTool.exists("pdftotext") && ExternalTool.exists("pdfinfo")
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
