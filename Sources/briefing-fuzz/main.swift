import BriefingCore
import BriefingUI
import Foundation

// `briefing-fuzz [--inputs N] [--seed S] [--save-current PATH] [--hang-seconds T]`: feeds each parser N
// generated and mutated inputs (podcast pages, labelled transcripts, SubRip, WebVTT, Markdown with front
// matter, briefing.yaml, search queries) and checks that none crashes or hangs, that every offset a parser
// gives lies inside its text, and that nothing unsafe reaches the screen or the plain output. The first
// failure is printed with its input and the exit status is 1; a hang exits 3 (the input is saved first).

struct Options {
    var inputs = 430
    var seed: UInt64 = 2026
    var saveCurrent: String?
    var hangSeconds = 60.0

    init(_ args: [String]) {
        var i = 0
        func value() -> String? { i += 1; return i < args.count ? args[i] : nil }
        while i < args.count {
            switch args[i] {
            case "--inputs": inputs = value().flatMap(Int.init) ?? inputs
            case "--seed": seed = value().flatMap { UInt64($0) } ?? seed
            case "--save-current": saveCurrent = value()
            case "--hang-seconds": hangSeconds = value().flatMap(Double.init) ?? hangSeconds
            default:
                FileHandle.standardError.write(Data("briefing-fuzz: unknown argument \(args[i])\n".utf8))
                exit(2)
            }
            i += 1
        }
    }
}

/// Watches the input being run: one that takes longer than the bound is a hang (a bound far above any
/// input's cost, to catch loops, not to time anything).
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var started = Date()
    private var label = ""
    private var input = ""
    let bound: Double
    let save: String?

    init(bound: Double, save: String?) { self.bound = bound; self.save = save }

    func begin(_ label: String, _ input: String) {
        lock.lock(); started = Date(); self.label = label; self.input = input; lock.unlock()
        if let save { try? input.write(toFile: save, atomically: false, encoding: .utf8) }
    }

    func start() {
        Thread.detachNewThread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 1)
                lock.lock(); let late = Date().timeIntervalSince(started) > bound; let (l, i) = (label, input); lock.unlock()
                if late {
                    Failure.report("\(l): no answer after \(Int(bound)) s (a hang)", input: i)
                    exit(3)
                }
            }
        }
    }
}

enum Failure {
    static func report(_ what: String, input: String) {
        let shown = input.unicodeScalars.prefix(2000).map { $0.isASCII && ($0.value >= 0x20 || $0 == "\n") ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined()
        FileHandle.standardError.write(Data("briefing-fuzz: FAILED: \(what)\n--- input ---\n\(shown)\n--- end ---\n".utf8))
    }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let watchdog = Watchdog(bound: options.hangSeconds, save: options.saveCurrent)
watchdog.start()
var generator = Generator(rng: SplitMix64(seed: options.seed))

func check(_ ok: Bool, _ what: @autoclosure () -> String, _ label: String, _ input: String) {
    guard !ok else { return }
    Failure.report("\(label): \(what())", input: input)
    exit(1)
}

/// The sanitiser's promise: nothing it lets through is a control character (but newline and tab when the
/// layout is kept) or a bidi override.
func checkSanitised(_ s: String, _ label: String, _ input: String) {
    let plain = TextSanitizer.clean(s)
    check(!plain.unicodeScalars.contains(where: TextSanitizer.isUnsafe), "the sanitiser let through a control", label, input)
    let kept = TextSanitizer.clean(s, keepLayout: true)
    check(!kept.unicodeScalars.contains { TextSanitizer.isUnsafe($0) && $0 != "\n" && $0 != "\t" },
          "the sanitiser (layout kept) let through a control", label, input)
}

func inside(_ span: TextSpan, _ n: Int) -> Bool { span.start >= 0 && span.start <= span.end && span.end <= n }

/// Parses `input` as the file `name` and checks every offset, the reader's frame, and what is shown.
func checkDocument(_ input: String, name: String, label: String) {
    let doc = DocumentParser.parse(SourceText(input), path: name)
    let n = doc.text.count
    var last = 0
    for block in doc.blocks {
        if let l = block.labelSpan { check(inside(l, n), "label span \(l) outside 0..<\(n)", label, input) }
        for p in block.pieces {
            check(inside(p, n), "piece \(p) outside 0..<\(n)", label, input)
            check(p.start >= last, "pieces out of order at \(p)", label, input)
            last = p.end
        }
    }
    check(inside(doc.body, n), "body \(doc.body) outside 0..<\(n)", label, input)
    let sentences = doc.sentences()
    for s in sentences { check(inside(s.span, n), "sentence \(s.span) outside 0..<\(n)", label, input) }
    let analysis = TurnBuilder.analyze(doc, sentences: sentences)
    for t in analysis.turns {
        for p in t.pieces { check(inside(p, n), "turn piece \(p) outside 0..<\(n)", label, input) }
    }
    if let visible = doc.visibleText() {
        check(visible.unicodeScalars.count == n, "visible text of another length", label, input)
    }
    for s in [doc.title] + doc.people.map(\.name) + analysis.turns.map(\.speaker) { checkSanitised(s, label, input) }
    // The reader's frame: nothing unsafe in any cell, at a small and a large size.
    for (w, h) in [(80, 24), (150, 45)] {
        let state = AppState(documents: [DocumentModel(doc, analysis: analysis)], width: w, height: h)
        let frame = Renderer.render(state).text
        check(!frame.unicodeScalars.contains { TextSanitizer.isUnsafe($0) && $0 != "\n" }, "an unsafe character in the frame", label, input)
    }
}

let targets: [(label: String, start: String, name: String)] = [
    ("podcast page", Inputs.podcastPage, "episode.txt"),
    ("labelled transcript", Inputs.transcript, "briefing.txt"),
    ("SubRip", Inputs.subrip, "talk.srt"),
    ("WebVTT", Inputs.webvtt, "talk.vtt"),
    ("Markdown with front matter", Inputs.markdown, "note.md"),
]
let began = Date()
var total = 0

for target in targets {
    for _ in 0..<options.inputs {
        let input = generator.input(from: target.start)
        watchdog.begin(target.label, input)
        checkDocument(input, name: target.name, label: target.label)
        checkSanitised(input, target.label, input)
        _ = FrontMatter.read(SourceText(input))
        for line in input.split(separator: "\n").prefix(20) { _ = DocumentDateParser.parse(String(line)) }
        total += 1
    }
}

// briefing.yaml: loading never fails loudly; an edit either is refused or gives YAML that loads to the
// same entries plus the one value.
let keys = ["documents", "call.txt", "speakers", "roles", "MR. KIRBY", "*", "title", "a: b", "#x", "yes", "é", "\"q\""]
for _ in 0..<options.inputs {
    let input = generator.input(from: Inputs.metadata)
    watchdog.begin("briefing.yaml", input)
    let metadata = FolderMetadata(yaml: input, path: "briefing.yaml")
    if let w = metadata.warning { checkSanitised(w, "briefing.yaml", input) }
    var path: [String] = []
    for _ in 0..<Int.random(in: 1...4, using: &generator.rng) { path.append(keys.randomElement(using: &generator.rng)!) }
    let value = generator.input(from: "John Kirby").prefix(40)
    if let edited = try? YAMLTextEditor.setting(String(value), at: path, in: input) {
        check(FolderMetadata(yaml: edited, path: "briefing.yaml").warning == nil, "an edit gave a file that does not load", "briefing.yaml", input)
    }
    total += 1
}

// Queries: whatever is typed gives an FTS5 query SQLite accepts, hits inside their documents, safe snippets.
let folder = NSTemporaryDirectory() + "briefing-fuzz-\(getpid())"
try? FileManager.default.createDirectory(atPath: folder + "/docs", withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }
try? Inputs.transcript.write(toFile: folder + "/docs/briefing.txt", atomically: true, encoding: .utf8)
try? Inputs.markdown.write(toFile: folder + "/docs/note.md", atomically: true, encoding: .utf8)
try? "北朝鮮の兵士がロシアに派遣された。한국 정부는 우려를 표명했다.\n".write(toFile: folder + "/docs/cjk.txt", atomically: true, encoding: .utf8)
var warnings: [String] = []
guard let index = try? CorpusIndex(path: folder + "/index.sqlite", warnings: &warnings),
      let loaded = try? index.load([folder + "/docs"], loader: CorpusLoader()) else {
    FileHandle.standardError.write(Data("briefing-fuzz: could not make the search index in \(folder)\n".utf8))
    exit(2)
}
let lengths = Dictionary(loaded.documents.map { ($0.path, $0.text.count) }, uniquingKeysWith: { a, _ in a })
for k in 0..<options.inputs {
    let input = generator.input(from: Inputs.queries[k % Inputs.queries.count])
    watchdog.begin("query", input)
    do {
        for hit in try index.search(input) {
            let n = lengths.first { hit.path.hasSuffix(($0.key as NSString).lastPathComponent) }?.value ?? Int.max
            check(hit.start >= 0 && hit.end <= n && hit.matches.allSatisfy { inside($0, n) }, "a hit outside its document", "query", input)
            checkSanitised(hit.snippet, "query", input)
        }
    } catch {
        check(false, "search threw: \(error)", "query", input)
    }
    total += 1
}

let seconds = Date().timeIntervalSince(began)
print("briefing-fuzz: \(total) inputs (\(options.inputs) per parser, seed \(options.seed)) in \(String(format: "%.1f", seconds)) s: "
    + "no crash, no hang, every offset inside its text, nothing unsafe shown")
