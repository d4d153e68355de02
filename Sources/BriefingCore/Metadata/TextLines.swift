import Yams

/// A text as lines, for edits by parser position (line and column, both from 1, columns in Unicode
/// scalars as libyaml counts them). Joining the lines gives back the text byte for byte; new lines take
/// the text's own line ending.
struct TextLines {
    /// The lines without their `\n` (a CRLF line keeps its `\r`).
    private(set) var lines: [String]
    private let crlf: Bool

    init(_ text: String) {
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        crlf = text.contains("\r\n")
    }

    var text: String { lines.joined(separator: "\n") }

    /// Adds lines at the end, the text ending with a line break after them.
    mutating func append(_ new: [String]) {
        if lines.last == "" || lines.last == "\r" { lines.removeLast() }
        lines += ended(new) + [""]
    }

    /// Adds lines after line `index` (from 0).
    mutating func insert(_ new: [String], after index: Int) {
        lines.insert(contentsOf: ended(new), at: min(index + 1, lines.count))
    }

    private func ended(_ new: [String]) -> [String] { crlf ? new.map { $0 + "\r" } : new }

    /// Line `i` (from 0) as scalars, without its `\r`.
    private func scalars(_ i: Int) -> [Unicode.Scalar] {
        var u = Array(lines[i].unicodeScalars)
        if u.last == "\r" { u.removeLast() }
        return u
    }

    private mutating func set(_ i: Int, _ u: [Unicode.Scalar]) {
        var s = String(String.UnicodeScalarView(u))
        if lines[i].hasSuffix("\r") { s += "\r" }
        lines[i] = s
    }

    /// Replaces the one-line scalar starting at `mark` with `rendered`.
    mutating func replaceScalar(at mark: Mark, style: Node.Scalar.Style, flow: Bool, with rendered: String,
                                path: [String]) throws {
        let li = mark.line - 1, c = mark.column - 1
        guard li < lines.count else { throw YAMLTextEditor.Failure.unsupported(path: path) }
        var u = scalars(li)
        guard c < u.count else { throw YAMLTextEditor.Failure.unsupported(path: path) }
        var end: Int
        switch style {
        case .doubleQuoted, .singleQuoted:
            guard let close = closingQuote(u, from: c) else { throw YAMLTextEditor.Failure.unsupported(path: path) }
            end = close + 1
        case .plain:
            var j = c
            while j < u.count {
                if u[j] == "#", j > c, u[j - 1] == " " || u[j - 1] == "\t" { break }
                if flow, u[j] == "," || u[j] == "}" || u[j] == "]" { break }
                j += 1
            }
            end = j
            while end > c, u[end - 1] == " " || u[end - 1] == "\t" { end -= 1 }
        default:
            throw YAMLTextEditor.Failure.unsupported(path: path)
        }
        u.replaceSubrange(c..<end, with: Array(rendered.unicodeScalars))
        set(li, u)
    }

    /// The index after the closing quote's position for the quoted scalar opening at `start`.
    private func closingQuote(_ u: [Unicode.Scalar], from start: Int) -> Int? {
        let q = u[start]
        guard q == "\"" || q == "'" else { return nil }
        var j = start + 1
        while j < u.count {
            if q == "\"", u[j] == "\\" { j += 2; continue }
            if u[j] == q {
                if q == "'", j + 1 < u.count, u[j + 1] == "'" { j += 2; continue }
                return j
            }
            j += 1
        }
        return nil
    }

    /// The index just after the `:` that ends the key starting at `mark`, on the key's line.
    private func colon(afterKeyAt mark: Mark) -> Int? {
        let li = mark.line - 1, c = mark.column - 1
        guard li < lines.count else { return nil }
        let u = scalars(li)
        guard c < u.count else { return nil }
        var j = c
        if u[c] == "\"" || u[c] == "'" {
            guard let close = closingQuote(u, from: c) else { return nil }
            j = close + 1
        }
        while j < u.count {
            if u[j] == ":", j + 1 == u.count || u[j + 1] == " " || u[j + 1] == "\t" { return j + 1 }
            j += 1
        }
        return nil
    }

    /// Whether nothing but spaces and a comment follows the key's colon.
    func isBare(afterKeyAt mark: Mark) -> Bool {
        guard let after = colon(afterKeyAt: mark) else { return false }
        let rest = scalars(mark.line - 1)[after...].drop { $0 == " " || $0 == "\t" }
        return rest.isEmpty || rest.first == "#"
    }

    /// Writes ` rendered` right after the key's colon (a comment after it stays).
    mutating func setValue(afterKeyAt mark: Mark, to rendered: String) throws {
        guard let after = colon(afterKeyAt: mark) else { throw YAMLTextEditor.Failure.unsupported(path: []) }
        var u = scalars(mark.line - 1)
        u.insert(contentsOf: Array((" " + rendered).unicodeScalars), at: after)
        set(mark.line - 1, u)
    }

    /// Whether a `{` stands at `mark`.
    func opensFlowMapping(at mark: Mark) -> Bool {
        let li = mark.line - 1, c = mark.column - 1
        guard li >= 0, li < lines.count, c >= 0 else { return false }
        let u = scalars(li)
        return c < u.count && u[c] == "{"
    }

    /// Adds `entry` inside the flow mapping whose `{` is at `mark`, after its last entry.
    mutating func insertIntoFlowMapping(at mark: Mark, isEmpty: Bool, entry: String, path: [String]) throws {
        var li = mark.line - 1, j = mark.column - 1
        guard li < lines.count, j < scalars(li).count, scalars(li)[j] == "{" else {
            throw YAMLTextEditor.Failure.unsupported(path: path)
        }
        if isEmpty {
            var u = scalars(li)
            u.insert(contentsOf: Array(entry.unicodeScalars), at: j + 1)
            set(li, u)
            return
        }
        var depth = 0
        var lastSolid: (line: Int, index: Int)?
        while li < lines.count {
            let u = scalars(li)
            while j < u.count {
                let ch = u[j]
                if ch == "\"" || ch == "'" {
                    guard let close = closingQuote(u, from: j) else { throw YAMLTextEditor.Failure.unsupported(path: path) }
                    lastSolid = (li, close)
                    j = close + 1
                    continue
                }
                if ch == "#", j == 0 || u[j - 1] == " " || u[j - 1] == "\t" { break }
                if ch == "{" || ch == "[" { depth += 1 }
                if ch == "}" || ch == "]" {
                    depth -= 1
                    if depth == 0 {
                        guard let at = lastSolid else { throw YAMLTextEditor.Failure.unsupported(path: path) }
                        var v = scalars(at.line)
                        let text = v[at.index] == "," ? " " + entry : ", " + entry
                        v.insert(contentsOf: Array(text.unicodeScalars), at: at.index + 1)
                        set(at.line, v)
                        return
                    }
                }
                if ch != " " && ch != "\t" && depth >= 1 && !(ch == "{" && depth == 1 && lastSolid == nil) {
                    lastSolid = (li, j)
                }
                j += 1
            }
            li += 1
            j = 0
        }
        throw YAMLTextEditor.Failure.unsupported(path: path)
    }

    /// The last line (from 0) holding content of the block mapping whose first key is on line `start`
    /// at `indent`: lines after it that are blank, comments or less indented are not its own.
    func lastContentLine(ofBlockFrom start: Int, indent: Int) -> Int {
        var last = start
        var i = start + 1
        while i < lines.count {
            let u = scalars(i)
            let lead = u.prefix { $0 == " " }.count
            let body = u.dropFirst(lead)
            if body.isEmpty || body.first == "#" { i += 1; continue }
            if lead == 0, body.starts(with: "---".unicodeScalars) || body.starts(with: "...".unicodeScalars) { break }
            if lead < indent { break }
            last = i
            i += 1
        }
        return last
    }
}
