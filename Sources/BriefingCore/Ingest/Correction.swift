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

    /// The `briefing.yaml` beside the document.
    public var metadataPath: String {
        let folder = (documentPath as NSString).deletingLastPathComponent
        return ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent("briefing.yaml")
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

    /// Writes the correction into `briefing.yaml`, keeping what is there (comments are not kept).
    public func save() throws {
        let path = metadataPath
        var root: [String: Any] = [:]
        if let text = try? String(contentsOfFile: path, encoding: .utf8), !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            guard let loaded = try Yams.load(yaml: text) as? [String: Any] else {
                throw CorrectionError.notAMapping(path)
            }
            root = loaded
        }
        var documents = root["documents"] as? [String: Any] ?? [:]
        let name = (documentPath as NSString).lastPathComponent
        var entry = documents[name] as? [String: Any] ?? [:]
        switch kind {
        case .rename(let to):
            var speakers = entry["speakers"] as? [String: Any] ?? [:]
            for (k, v) in speakers where (v as? String) == speaker { speakers[k] = to }
            speakers[speaker] = to
            entry["speakers"] = speakers
        case .role(let role):
            var roles = entry["roles"] as? [String: Any] ?? [:]
            roles[speaker] = role
            entry["roles"] = roles
        }
        documents[name] = entry
        root["documents"] = documents
        let yaml = try Yams.dump(object: root, sortKeys: true)
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// Why a correction could not be saved.
public enum CorrectionError: LocalizedError, Equatable {
    case notAMapping(String)
    public var errorDescription: String? {
        switch self {
        case .notAMapping(let p): return "\(p) is not a YAML mapping; the correction was not saved"
        }
    }
}
