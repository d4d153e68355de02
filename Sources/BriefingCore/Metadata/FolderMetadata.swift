import Foundation
import Yams

/// `briefing.yaml` in a folder: per-file metadata (title, date, source, speaker aliases and roles) given
/// without touching the documents. Files are keyed by name under `documents:` (or at the top level);
/// the key `"*"` applies to every file of the folder.
///
/// ```yaml
/// documents:
///   briefing-1.txt:
///     title: Press briefing
///     date: 2024-10-28
///     source: White House
///     speakers: { "MR. KIRBY": John Kirby }   # label or alias → person
///     roles: { John Kirby: NSC spokesman }
/// ```
public struct FolderMetadata: Sendable {
    /// Metadata for one file.
    public struct Entry: Sendable, Equatable {
        public var title: String?
        public var date: Day?
        public var source: String?
        public var speakers: [String: String] = [:]
        public var roles: [String: String] = [:]

        public init(title: String? = nil, date: Day? = nil, source: String? = nil, speakers: [String: String] = [:], roles: [String: String] = [:]) {
            self.title = title
            self.date = date
            self.source = source
            self.speakers = speakers
            self.roles = roles
        }
    }

    public var entries: [String: Entry] = [:]
    public var warning: String?

    public init(entries: [String: Entry] = [:]) { self.entries = entries }

    public init(yaml: String, path: String) {
        guard let node = try? Yams.compose(yaml: yaml), let root = node.mapping else {
            warning = "\(path): not valid YAML, ignored"
            return
        }
        let files = root["documents"]?.mapping ?? root["files"]?.mapping ?? root
        for (k, v) in files {
            guard let name = k.string, let m = v.mapping else { continue }
            var e = Entry()
            e.title = m["title"]?.string
            e.date = m["date"]?.string.flatMap(DocumentDateParser.parse)
            e.source = m["source"]?.string
            for (a, b) in m["speakers"]?.mapping ?? [:] { if let a = a.string, let b = b.string { e.speakers[a] = b } }
            for (a, b) in m["roles"]?.mapping ?? [:] { if let a = a.string, let b = b.string { e.roles[a] = b } }
            entries[name] = e
        }
    }

    /// The metadata for a file name, the folder-wide `"*"` entry filled in under it.
    public func entry(for name: String) -> Entry? {
        let specific = entries[name], all = entries["*"]
        guard specific != nil || all != nil else { return nil }
        var e = all ?? Entry()
        if let s = specific {
            e.title = s.title ?? e.title
            e.date = s.date ?? e.date
            e.source = s.source ?? e.source
            e.speakers.merge(s.speakers) { $1 }
            e.roles.merge(s.roles) { $1 }
        }
        return e
    }

    /// Applies an entry to a document: its values win over what the file itself says.
    public static func apply(_ e: Entry, to doc: inout Document) {
        if let t = e.title { doc.title = t }
        if let d = e.date { doc.date = d; doc.dateSource = "briefing.yaml" }
        if let s = e.source { doc.source = s }
        doc.speakerAliases.merge(e.speakers) { $1 }
        for (name, role) in e.roles {
            if let i = doc.people.firstIndex(where: { $0.name == name }) { doc.people[i].role = role }
            else { doc.people.append(Person(name: name, role: role)) }
        }
    }
}
