import Yams

/// YAML front matter at the top of a Markdown file, read tolerantly: when the block is not valid
/// YAML, its `key: value` lines still count.
public struct FrontMatter: Sendable, Equatable {
    /// Scalar values by lower-cased key (lists joined by ", ").
    public var values: [String: String] = [:]
    /// List values by lower-cased key (a scalar value is a one-element list).
    public var lists: [String: [String]] = [:]
    /// Mappings by lower-cased key (`speakers: {JR: Jane Roe}`).
    public var maps: [String: [String: String]] = [:]
    /// Where the block ends (the offset after its closing `---` line).
    public var end: Int = 0
    /// Set when the YAML did not parse and the line fallback was used.
    public var warning: String?

    /// The front matter at the start of the text (after an optional byte-order mark), if any.
    public static func read(_ text: SourceText) -> FrontMatter? {
        let lines = text.lines()
        guard let first = lines.first else { return nil }
        let opener = text.string(first).replacingOccurrences(of: "\u{FEFF}", with: "").trimmingCharacters(in: .whitespaces)
        guard opener == "---" else { return nil }
        guard let close = lines.dropFirst().firstIndex(where: {
            let s = text.string($0).trimmingCharacters(in: .whitespaces)
            return s == "---" || s == "..."
        }) else { return nil }
        let inner = lines[1..<close]
        let yaml = inner.map { text.string($0) }.joined(separator: "\n")
        var fm = FrontMatter()
        fm.end = close + 1 < lines.count ? lines[close + 1].start : text.count
        if let node = try? Yams.compose(yaml: yaml), let mapping = node.mapping {
            fm.take(mapping)
        } else {
            fm.warning = "front matter is not valid YAML; read its key: value lines"
            fm.takeLines(inner.map { text.string($0) })
        }
        return fm
    }

    /// Reads `key: value` pairs from YAML text, falling back to lines when it does not parse.
    public static func parse(yaml: String) -> FrontMatter {
        var fm = FrontMatter()
        if let node = try? Yams.compose(yaml: yaml), let mapping = node.mapping {
            fm.take(mapping)
        } else {
            fm.takeLines(yaml.components(separatedBy: "\n"))
        }
        return fm
    }

    mutating func take(_ mapping: Node.Mapping) {
        for (k, v) in mapping {
            guard let key = k.string?.lowercased() else { continue }
            switch v {
            case .scalar(let s):
                values[key] = s.string
                lists[key] = [s.string]
            case .sequence(let seq):
                let items = seq.compactMap { item -> String? in
                    if let s = item.string { return s }
                    if let m = item.mapping, let name = m["name"]?.string { return name }
                    return nil
                }
                lists[key] = items
                values[key] = items.joined(separator: ", ")
            case .mapping(let m):
                var out: [String: String] = [:]
                for (mk, mv) in m { if let a = mk.string, let b = mv.string { out[a] = b } }
                maps[key] = out
            default:
                continue
            }
        }
    }

    mutating func takeLines(_ lines: [String]) {
        for line in lines {
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("\t") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f { value = String(value.dropFirst().dropLast()) }
            guard !key.isEmpty, !key.contains(" ") || key.count < 30 else { continue }
            if value.hasPrefix("["), value.hasSuffix("]") {
                let items = value.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "\"'"))) }
                lists[key] = items
                values[key] = items.joined(separator: ", ")
            } else {
                values[key] = value
                lists[key] = value.isEmpty ? [] : [value]
            }
        }
    }
}

import Foundation
