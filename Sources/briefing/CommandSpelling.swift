import Foundation

/// A first word that is neither a subcommand nor a path that exists, but close to a subcommand's name
/// (`briefing lsit`), or `help` with a word that names no subcommand: said as a usage error instead of being
/// read as a missing folder or answered with the general help.
enum CommandSpelling {
    static let names = ["open", "list", "show", "turns", "speakers", "timeline", "claims", "topics", "summary", "search", "index"]

    static func problem(_ args: [String]) -> String? {
        guard let first = args.first, !first.hasPrefix("-") else { return nil }
        if first == "help" {
            guard args.count > 1, let word = args.dropFirst().first(where: { !$0.hasPrefix("-") }), !names.contains(word) else { return nil }
            return "help: no command '\(word)'" + suggestion(word) + "; commands: " + names.joined(separator: ", ")
        }
        guard !names.contains(first), !FileManager.default.fileExists(atPath: first) else { return nil }
        let close = suggestion(first)
        return close.isEmpty ? nil : "no command or file '\(first)'" + close
    }

    /// "; did you mean 'list'?" for the nearest name within two edits, else "".
    static func suggestion(_ word: String) -> String {
        let scored = names.map { ($0, distance(word.lowercased(), $0)) }.filter { $0.1 <= 2 && $0.1 < $0.0.count / 2 + 1 }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return "" }
        return "; did you mean 'briefing \(best.0)'?"
    }

    /// Edit distance with adjacent transpositions (optimal string alignment).
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var d = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }
}
