import Foundation
import Yams

/// A minimal textual edit of a YAML file: sets one string at a path of mapping keys and leaves every
/// other character as it was (comments, key order, quoting, blank lines, line endings).
///
/// The value is replaced where it stands, or the missing keys are added after the last entry of the
/// mapping that should hold them (inside the braces of a flow mapping). The result is parsed again and
/// must equal the old document with just that change; anything else is refused (nothing is returned).
public enum YAMLTextEditor {
    /// Why an edit was refused.
    public enum Failure: Error, Equatable {
        /// The text is not YAML; `line` is where the parser stopped, when it says.
        case notYAML(line: Int?)
        /// A key on the path holds something other than a mapping.
        case notAMapping(path: [String])
        /// The value's shape (a multi-line scalar, an alias, an explicit null) cannot be edited in place.
        case unsupported(path: [String])
    }

    /// `text` with `value` at `path` (keys from the root), added if missing.
    public static func setting(_ value: String, at path: [String], in text: String) throws -> String {
        precondition(!path.isEmpty)
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            throw Failure.notYAML(line: (error as? YamlError).flatMap(line(of:)))
        }
        var lines = TextLines(text)
        if let root, !root.isEmptyScalar {
            guard case .mapping = root else { throw Failure.notAMapping(path: []) }
            try edit(root, path: path, done: [], value: value, lines: &lines, flow: false)
        } else {
            lines.append(block(path, value: value, indent: 0))
        }
        let edited = lines.text
        // The edit must change exactly the one value: compare the trees.
        var expected = Tree(root)
        expected.set(value, at: path)
        guard let reparsed = try? Yams.compose(yaml: edited), Tree(reparsed) == expected else {
            throw Failure.unsupported(path: path)
        }
        return edited
    }

    // MARK: - Editing

    private static func edit(_ node: Node, path: [String], done: [String], value: String,
                             lines: inout TextLines, flow: Bool) throws {
        guard case .mapping(let mapping) = node else { throw Failure.notAMapping(path: done) }
        let key = path[0], rest = Array(path.dropFirst())
        // (Yams reports the style of a mapping's end event, not its start: read the text instead.)
        let isFlow = flow || mapping.mark.map(lines.opensFlowMapping) == true
        guard let pair = Array(mapping).last(where: { $0.key.string == key }) else {
            try insert(path, value: value, into: mapping, flow: isFlow, lines: &lines, done: done)
            return
        }
        let here = done + [key]
        if rest.isEmpty {
            guard case .scalar(let scalar) = pair.value, let mark = scalar.mark else { throw Failure.unsupported(path: here) }
            if pair.value.isEmptyScalar {
                // `key:` with nothing after it (a comment at most): write the value after the colon.
                guard let keyMark = pair.key.mark, lines.isBare(afterKeyAt: keyMark) else { throw Failure.unsupported(path: here) }
                try lines.setValue(afterKeyAt: keyMark, to: render(value))
                return
            }
            try lines.replaceScalar(at: mark, style: scalar.style, flow: isFlow, with: render(value), path: here)
            return
        }
        if pair.value.isEmptyScalar {
            // `key:` with nothing after it: the nested keys go on the lines below.
            guard let keyMark = pair.key.mark, !isFlow, lines.isBare(afterKeyAt: keyMark) else {
                throw Failure.unsupported(path: here)
            }
            lines.insert(block(rest, value: value, indent: keyMark.column - 1 + 2), after: keyMark.line - 1)
            return
        }
        try edit(pair.value, path: rest, done: here, value: value, lines: &lines, flow: isFlow)
    }

    private static func insert(_ path: [String], value: String, into mapping: Node.Mapping, flow: Bool,
                               lines: inout TextLines, done: [String]) throws {
        guard let mark = mapping.mark else { throw Failure.unsupported(path: done) }
        if flow {
            guard lines.opensFlowMapping(at: mark) else { throw Failure.unsupported(path: done) }
            try lines.insertIntoFlowMapping(at: mark, isEmpty: mapping.isEmpty, entry: flowEntry(path, value: value), path: done)
            return
        }
        guard let first = mapping.first?.key.mark else { throw Failure.unsupported(path: done) }
        let indent = first.column - 1
        let last = lines.lastContentLine(ofBlockFrom: first.line - 1, indent: indent)
        lines.insert(block(path, value: value, indent: indent), after: last)
    }

    // MARK: - Writing new entries

    /// Block lines for `path: value`, the first key at `indent`.
    private static func block(_ path: [String], value: String, indent: Int) -> [String] {
        path.enumerated().map { i, key in
            let pad = String(repeating: " ", count: indent + 2 * i)
            return i == path.count - 1 ? "\(pad)\(render(key)): \(render(value))" : "\(pad)\(render(key)):"
        }
    }

    private static func flowEntry(_ path: [String], value: String) -> String {
        guard let key = path.first else { return render(value) }
        let rest = Array(path.dropFirst())
        return rest.isEmpty ? "\(render(key)): \(render(value))" : "\(render(key)): { \(flowEntry(rest, value: value)) }"
    }

    /// The scalar as YAML: plain when it reads back as this same string, else double-quoted.
    static func render(_ s: String) -> String {
        if isSafePlain(s) { return s }
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.properties.generalCategory == .format
                    || u.value == 0x2028 || u.value == 0x2029 {
                    out += String(format: "\\u%04X", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    private static let plainWords: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]

    private static func isSafePlain(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last,
              first.properties.isAlphabetic, last != " " else { return false }
        guard !plainWords.contains(s.lowercased()), !s.contains(": "), !s.contains(" #") else { return false }
        return s.unicodeScalars.allSatisfy { u in
            u.properties.isAlphabetic || ("0"..."9").contains(u) || " .-_'()".unicodeScalars.contains(u)
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }
}

private extension Node {
    /// `key:` with no value (a null written as nothing).
    var isEmptyScalar: Bool {
        guard case .scalar(let s) = self else { return false }
        return s.string.isEmpty && s.style == .plain
    }
}

/// The document as plain values, for comparing two parses (marks, styles and tags aside).
private indirect enum Tree: Equatable {
    case scalar(String)
    case mapping([Entry])
    case sequence([Tree])
    case alias(String)

    struct Entry: Equatable {
        var key: Tree
        var value: Tree
    }

    init(_ node: Node?) {
        switch node {
        case nil: self = .scalar("")
        case .scalar(let s)?: self = .scalar(s.string)
        case .mapping(let m)?: self = .mapping(m.map { Entry(key: Tree($0.key), value: Tree($0.value)) })
        case .sequence(let s)?: self = .sequence(s.map { Tree($0) })
        case .alias(let a)?: self = .alias(a.anchor.rawValue)
        }
    }

    /// Sets `value` at `path`, adding missing keys at the end of their mapping; a null becomes a mapping.
    mutating func set(_ value: String, at path: [String]) {
        guard let key = path.first else { self = .scalar(value); return }
        var entries: [Entry]
        switch self {
        case .mapping(let e): entries = e
        default: entries = []
        }
        if let i = entries.lastIndex(where: { $0.key == .scalar(key) }) {
            entries[i].value.set(value, at: Array(path.dropFirst()))
        } else {
            var fresh = Tree.scalar("")
            fresh.set(value, at: Array(path.dropFirst()))
            entries.append(Entry(key: .scalar(key), value: fresh))
        }
        self = .mapping(entries)
    }
}
