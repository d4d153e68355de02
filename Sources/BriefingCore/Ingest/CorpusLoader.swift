import Foundation

/// Reads everything the user pointed at: walks folders, reads and decodes files, applies `briefing.yaml`,
/// parses each document. Problems with single files become warnings and the rest still loads.
public struct CorpusLoader: Sendable {
    public var reader: FileReader

    public init(reader: FileReader = FileReader()) {
        self.reader = reader
    }

    /// The documents read, in path order, and what went wrong along the way.
    public struct Result: Sendable {
        public var documents: [Document] = []
        /// One line each: skipped files, replaced bytes, ignored metadata.
        public var warnings: [String] = []
        /// The paths that were asked for.
        public var paths: [String] = []

        /// Throws `.nothingReadable` when no document could be read.
        public func requireDocuments() throws(IngestError) {
            if documents.isEmpty { throw .nothingReadable(paths) }
        }
    }

    /// Reads and parses one file, with its folder's `briefing.yaml` applied.
    public func loadOne(_ file: String) throws(IngestError) -> Document {
        let decoded = try reader.read(file)
        var doc = DocumentParser.parse(SourceText(decoded.text), path: file)
        if let w = decoded.warning { doc.warnings.insert(w, at: 0) }
        if let path = Self.metadataFile(in: (file as NSString).deletingLastPathComponent),
           let yaml = try? reader.read(path), let entry = FolderMetadata(yaml: yaml.text, path: path).entry(for: doc.name) {
            FolderMetadata.apply(entry, to: &doc)
        }
        return doc
    }

    /// The `briefing.yaml` of a folder, if it has one.
    static func metadataFile(in folder: String) -> String? {
        let key = folder.isEmpty ? "." : folder
        return PathWalker.metadataNames.map { (key as NSString).appendingPathComponent($0) }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// A fingerprint of each folder's `briefing.yaml` (empty when there is none): a change re-analyses the folder.
    func metadataHashes(for walk: PathWalker.Result) -> [String: String] {
        var out: [String: String] = [:]
        let folders = Set(walk.files.map { ($0 as NSString).deletingLastPathComponent })
        for folder in folders {
            if let path = Self.metadataFile(in: folder), let yaml = try? reader.read(path) {
                out[folder] = CorpusIndex.hash(SourceText(yaml.text))
            }
        }
        return out
    }

    /// Throws `.notFound` for a missing path. A result with no documents is the caller's to report
    /// (`Result.requireDocuments`), after it has shown the warnings that say why.
    public func load(_ paths: [String]) throws(IngestError) -> Result {
        let walk = try PathWalker().walk(paths)
        var result = Result()
        result.paths = paths
        result.warnings += walk.problems.map { $0.localizedDescription }
        var metadataCache: [String: FolderMetadata] = [:]
        func metadata(forFolderOf file: String) -> FolderMetadata? {
            let folder = (file as NSString).deletingLastPathComponent
            let key = folder.isEmpty ? "." : folder
            if let m = metadataCache[key] { return m }
            let path = walk.metadataFiles[key] ?? PathWalker.metadataNames.map { (key as NSString).appendingPathComponent($0) }
                .first { FileManager.default.fileExists(atPath: $0) }
            guard let path, let decoded = try? reader.read(path) else { return nil }
            let m = FolderMetadata(yaml: decoded.text, path: path)
            if let w = m.warning { result.warnings.append(w) }
            metadataCache[key] = m
            return m
        }
        for file in walk.files {
            do {
                let decoded = try reader.read(file)
                var doc = DocumentParser.parse(SourceText(decoded.text), path: file)
                if let w = decoded.warning { doc.warnings.insert(w, at: 0) }
                if let entry = metadata(forFolderOf: file)?.entry(for: doc.name) {
                    FolderMetadata.apply(entry, to: &doc)
                }
                result.warnings += doc.warnings
                result.documents.append(doc)
            } catch {
                result.warnings.append(error.localizedDescription)
            }
        }
        return result
    }
}
