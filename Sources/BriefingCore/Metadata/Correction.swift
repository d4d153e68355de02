import Foundation
import Yams

/// A user's correction of a speaker, kept in the folder's `briefing.yaml` (documents are never touched):
/// a rename (renaming onto an existing name merges the two) or a role.
public struct Correction: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case rename(to: String)
        case role(String)
    }

    /// The document's path as loaded.
    public var documentPath: String
    /// The speaker's current name (or label).
    public var speaker: String
    public var kind: Kind

    public init(documentPath: String, speaker: String, kind: Kind) {
        self.documentPath = documentPath
        self.speaker = speaker
        self.kind = kind
    }

    /// The folder's metadata file: the `briefing.yaml` (or `briefing.yml`) beside the document.
    public var metadataPath: String {
        let folder = (documentPath as NSString).deletingLastPathComponent
        let dir = folder.isEmpty ? "." : folder
        let yml = (dir as NSString).appendingPathComponent("briefing.yml")
        let yaml = (dir as NSString).appendingPathComponent("briefing.yaml")
        return !FileManager.default.fileExists(atPath: yaml) && FileManager.default.fileExists(atPath: yml) ? yml : yaml
    }

    /// Applies the correction to a loaded document, as the next load would.
    public func apply(to doc: inout Document) {
        switch kind {
        case .rename(let to):
            doc.speakerAliases[speaker] = to
            for (k, v) in doc.speakerAliases where v == speaker { doc.speakerAliases[k] = to }
        case .role(let role):
            FolderMetadata.apply(FolderMetadata.Entry(roles: [speaker: role]), to: &doc)
        }
    }

    /// Writes the correction into the folder's metadata file as a minimal edit of its text (comments,
    /// order and formatting of everything else stay), replacing the file atomically. Nothing is written
    /// when the file cannot be read, parsed or edited in place.
    public func save() throws {
        let path = metadataPath
        var text = ""
        if FileManager.default.fileExists(atPath: path) {
            guard let data = FileManager.default.contents(atPath: path), let s = String(data: data, encoding: .utf8) else {
                throw CorrectionError.unreadable(path)
            }
            text = s
        }
        let name = (documentPath as NSString).lastPathComponent
        do {
            for (keyPath, value) in edits(in: text, fileName: name) {
                text = try YAMLTextEditor.setting(value, at: keyPath, in: text)
            }
        } catch let failure as YAMLTextEditor.Failure {
            throw CorrectionError(failure, path: path)
        }
        do { try AtomicFile.write(text, to: path) } catch let error as AtomicFile.Failure {
            throw CorrectionError.unwritable(path, error.reason)
        }
    }

    /// The values to set, as key paths from the root of the file's text.
    func edits(in text: String, fileName: String) -> [([String], String)] {
        let root = (try? Yams.compose(yaml: text))?.mapping
        // The file's own layout: entries under `documents:` or `files:`, or at the top level.
        let container: [String]
        if root?["documents"] != nil { container = ["documents"] }
        else if root?["files"] != nil { container = ["files"] }
        else if let root, !root.isEmpty { container = [] }
        else { container = ["documents"] }
        var holder = root
        for key in container { holder = holder?[key]?.mapping }
        let entry = holder?[fileName]?.mapping
        switch kind {
        case .rename(let to):
            // Aliases that pointed at the old name follow it.
            let followers = (entry?["speakers"]?.mapping ?? [:]).compactMap { k, v -> String? in
                guard let k = k.string, k != speaker, v.string == speaker else { return nil }
                return k
            }
            return (followers + [speaker]).map { (container + [fileName, "speakers", $0], to) }
        case .role(let role):
            return [(container + [fileName, "roles", speaker], role)]
        }
    }
}

/// Why a correction could not be saved; each says what was kept.
public enum CorrectionError: LocalizedError, Equatable {
    case unreadable(String)
    case notYAML(String, line: Int?)
    case notAMapping(String, path: [String])
    case cannotEdit(String, path: [String])
    case unwritable(String, String)

    init(_ failure: YAMLTextEditor.Failure, path: String) {
        switch failure {
        case .notYAML(let line): self = .notYAML(path, line: line)
        case .notAMapping(let p): self = .notAMapping(path, path: p)
        case .unsupported(let p): self = .cannotEdit(path, path: p)
        }
    }

    private static let kept = "the file was left as it was and the change holds until you quit"

    public var errorDescription: String? {
        switch self {
        case .unreadable(let p):
            return "cannot read \(p) as UTF-8 text; \(Self.kept)"
        case .notYAML(let p, let line):
            return "\(p) is not valid YAML\(line.map { " (line \($0))" } ?? ""); \(Self.kept)"
        case .notAMapping(let p, let path):
            let at = path.isEmpty ? "its top level" : path.joined(separator: " › ")
            return "\(p): \(at) is not a mapping of keys; \(Self.kept)"
        case .cannotEdit(let p, let path):
            return "\(p): cannot change \(path.joined(separator: " › ")) in place (a multi-line or special value); \(Self.kept)"
        case .unwritable(let p, let reason):
            return "cannot write \(p) (\(reason)); \(Self.kept)"
        }
    }
}
