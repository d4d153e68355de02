import Foundation

/// What a list of documents shows without reading them: where a document is, what it is called, its date
/// and format. The index answers with headers alone, so a large folder opens before any text is decoded.
public struct DocumentHeader: Sendable, Equatable {
    /// The path as the user gave it (relative to the folder they named, or as given).
    public var path: String
    /// The absolute, standardised path: the index's key.
    public var absolutePath: String
    public var title: String
    public var date: Day?
    public var format: DocumentFormat

    public init(path: String, absolutePath: String, title: String, date: Day?, format: DocumentFormat) {
        self.path = path
        self.absolutePath = absolutePath
        self.title = title
        self.date = date
        self.format = format
    }

    /// The header of a document already read.
    public init(_ document: Document) {
        self.init(path: document.path, absolutePath: DocumentHeader.absolute(document.path), title: document.title,
                  date: document.date, format: document.format)
    }

    /// The file name without folders.
    public var name: String { Document.name(of: path) }

    /// The title, or the file name when the document has none.
    public var displayTitle: String { title.isEmpty ? name : title }

    /// A path made absolute and standardised (no `.` or `..` parts, no doubled slashes; links are not
    /// followed), as the index keys documents. Plain string work: it runs for every file on every open.
    public static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in full.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
