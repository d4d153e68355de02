/// Renders a `BriefingExport` as Markdown (CommonMark) or as one self-contained HTML page (inline style, no
/// script, nothing fetched). Text from the documents is escaped for each format and cleaned of control
/// characters, so a document cannot inject markup, links or terminal sequences into the briefing.
public enum ExportWriter {
    public enum Format: String, Sendable, CaseIterable { case markdown, html }

    public static func render(_ e: BriefingExport, as format: Format) -> String {
        format == .markdown ? markdown(e) : html(e)
    }

    // MARK: Markdown

    public static func markdown(_ e: BriefingExport) -> String {
        var out: [String] = []
        out.append("# \(md(e.title))")
        out.append("")
        out.append("Scope: \(md(e.scope.description)). \(e.documents.count) documents, \(e.events.count) timeline entries, "
                   + "\(e.threads.count) claim threads. Links point at each passage (`#char=START,END`, RFC 5147).")
        out.append("")
        out.append("## Timeline")
        out.append("")
        if e.events.isEmpty { out.append("_No dated events in this scope._") }
        for ev in e.events {
            let count = ev.mentions.count > 1 ? " (\(ev.mentions.count) mentions in \(plural(ev.documents, "document")))" : ""
            out.append("- **\(md(ev.date))**: \(md(ev.label))\(count)")
            for m in ev.mentions {
                out.append("  - \(link(e, m.source))\(m.speaker.map { ", \(md($0))" } ?? ""): \u{201C}\(md(m.when))\u{201D}")
            }
        }
        out.append("")
        out.append("## Claim threads")
        out.append("")
        if e.threads.isEmpty { out.append("_No claim threads in this scope._") }
        for t in e.threads {
            out.append("### \(md(t.subject))\(t.figures.map { ": \(md($0))" } ?? "")")
            out.append("")
            for c in t.claims {
                let relation = c.link.map { " *(\($0))*" } ?? ""
                out.append("- \(md(c.claimant)), \(md(c.saidOn ?? "undated"))\(relation): \(md(c.text)) (\(link(e, c.source)))")
            }
            out.append("")
        }
        out.append("## Speakers")
        out.append("")
        if e.speakers.isEmpty { out.append("_No speakers in this scope._") }
        for s in e.speakers {
            out.append("### \(md(s.name))\(s.role.map { ", \(md($0))" } ?? "")")
            out.append("")
            out.append("\(s.words) words in \(s.documents) document\(s.documents == 1 ? "" : "s").")
            out.append("")
            for line in s.sentences { out.append("- \(md(line.text)) (\(link(e, line.source)))") }
            out.append("")
        }
        out.append("## Topics")
        out.append("")
        if e.topics.isEmpty { out.append("_No topics in this scope._") }
        for t in e.topics {
            let first = t.first.map { ", first in \(link(e, $0))" } ?? ""
            out.append("- **\(md(t.label))**: \(t.mentions) passages in \(plural(t.documents.count, "document"))\(first)")
        }
        out.append("")
        out.append("## Documents")
        out.append("")
        for d in e.documents {
            out.append("- \(link(e, d.source, text: d.title)) (\(md(d.date ?? "undated")), \(md(d.format)))")
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    static func link(_ e: BriefingExport, _ s: BriefingExport.Source, text: String? = nil) -> String {
        "[\(md(text ?? "\(s.document) @\(s.start)"))](<\(angleSafe(s.href(from: e.linkBase)))>)"
    }

    /// Markdown text: control characters out, every character that could start inline markup escaped, and
    /// what would open a block (`#`, `-`, `+`, `=`, `1.`) escaped at the start, since list items hold text.
    static func md(_ s: String) -> String {
        var out = ""
        for ch in TextSanitizer.clean(s) {
            if ch == "\n" || ch == "\r" { out.append(" "); continue }
            if "\\`*_[]<>|~&".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        if let first = out.first, "#+-=".contains(first) { return "\\" + out }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = out.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + out.dropFirst(digits.count)
        }
        return out
    }

    /// A link destination inside `<…>`: no newline, `<` or `>` (percent-encoded instead).
    static func angleSafe(_ s: String) -> String {
        s.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E")
            .replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: " ", with: "%20")
    }

    // MARK: HTML

    public static func html(_ e: BriefingExport) -> String {
        var b: [String] = []
        b.append("<!DOCTYPE html>")
        b.append("<html lang=\"en\"><head><meta charset=\"utf-8\">")
        b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        b.append("<title>\(h(e.title))</title>")
        b.append("<style>\(style)</style></head><body>")
        b.append("<header><h1>\(h(e.title))</h1><p class=\"scope\">Scope: \(h(e.scope.description)). \(e.documents.count) documents, "
                 + "\(e.events.count) timeline entries, \(e.threads.count) claim threads.</p>")
        b.append("<nav><a href=\"#timeline\">Timeline</a> · <a href=\"#claims\">Claim threads</a> · <a href=\"#speakers\">Speakers</a> · "
                 + "<a href=\"#topics\">Topics</a> · <a href=\"#documents\">Documents</a></nav></header><main>")
        b.append("<section id=\"timeline\"><h2>Timeline</h2>")
        if e.events.isEmpty { b.append("<p class=\"none\">No dated events in this scope.</p>") }
        b.append("<ol class=\"timeline\">")
        for ev in e.events {
            let count = ev.mentions.count > 1 ? " <span class=\"count\">\(ev.mentions.count) mentions · \(plural(ev.documents, "document"))</span>" : ""
            b.append("<li><span class=\"date\">\(h(ev.date))</span> <span class=\"label\">\(h(ev.label))</span>\(count)<ul>")
            for m in ev.mentions {
                b.append("<li>\(a(e, m.source))\(m.speaker.map { ", \(h($0))" } ?? ""): \u{201C}\(h(m.when))\u{201D}</li>")
            }
            b.append("</ul></li>")
        }
        b.append("</ol></section>")
        b.append("<section id=\"claims\"><h2>Claim threads</h2>")
        if e.threads.isEmpty { b.append("<p class=\"none\">No claim threads in this scope.</p>") }
        for t in e.threads {
            b.append("<article class=\"thread\"><h3>\(h(t.subject))\(t.figures.map { ": <span class=\"figures\">\(h($0))</span>" } ?? "")</h3><ol>")
            for c in t.claims {
                let relation = c.link.map { " <span class=\"link \(h($0))\">\(h($0))</span>" } ?? ""
                b.append("<li><span class=\"who\">\(h(c.claimant))</span>, \(h(c.saidOn ?? "undated"))\(relation): \(h(c.text)) \(a(e, c.source))</li>")
            }
            b.append("</ol></article>")
        }
        b.append("</section><section id=\"speakers\"><h2>Speakers</h2>")
        if e.speakers.isEmpty { b.append("<p class=\"none\">No speakers in this scope.</p>") }
        for s in e.speakers {
            b.append("<article><h3>\(h(s.name))\(s.role.map { ", <span class=\"role\">\(h($0))</span>" } ?? "")</h3>")
            b.append("<p class=\"meta\">\(s.words) words in \(s.documents) document\(s.documents == 1 ? "" : "s")</p><ul>")
            for line in s.sentences { b.append("<li>\(h(line.text)) \(a(e, line.source))</li>") }
            b.append("</ul></article>")
        }
        b.append("</section><section id=\"topics\"><h2>Topics</h2>")
        if e.topics.isEmpty { b.append("<p class=\"none\">No topics in this scope.</p>") }
        b.append("<ul class=\"topics\">")
        for t in e.topics {
            b.append("<li><b>\(h(t.label))</b>: \(t.mentions) passages in \(plural(t.documents.count, "document"))\(t.first.map { ", first in \(a(e, $0))" } ?? "")</li>")
        }
        b.append("</ul></section><section id=\"documents\"><h2>Documents</h2><ul>")
        for d in e.documents {
            b.append("<li>\(a(e, d.source, text: d.title)) <span class=\"meta\">\(h(d.date ?? "undated")) · \(h(d.format))</span></li>")
        }
        b.append("</ul></section></main></body></html>")
        return b.joined(separator: "\n") + "\n"
    }

    static func a(_ e: BriefingExport, _ s: BriefingExport.Source, text: String? = nil) -> String {
        "<a class=\"src\" href=\"\(h(s.href(from: e.linkBase)))\">\(h(text ?? "\(s.document) @\(s.start)"))</a>"
    }

    /// HTML text and attribute values: control characters out, markup characters as entities.
    static func h(_ s: String) -> String {
        var out = ""
        for ch in TextSanitizer.clean(s) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    static let style = """
    body{font:16px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222;background:#fff}\
    h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:2em}h3{font-size:1.05em;margin-bottom:.3em}\
    nav a,a.src{color:#05a}a.src{font-size:.85em;white-space:nowrap}.date{font-weight:bold;font-variant-numeric:tabular-nums}\
    .count,.meta,.scope{color:#666;font-size:.9em}.link{font-size:.8em;padding:0 .3em;border:1px solid #999;border-radius:3px}\
    .differs,.disputes{color:#a40}.agrees,.repeats{color:#260}.none{color:#888;font-style:italic}\
    ol.timeline>li{margin-bottom:.6em}
    """
}
