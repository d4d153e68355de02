import Foundation

/// Parts of speech a word can take in English, from WordNet (Princeton WordNet 3, Debian's `wordnet-base`):
/// every lemma of its noun, verb, adjective and adverb indexes, how often people tagged it in that part
/// of speech in the SemCor corpus (`cntlist.rev`), and for nouns the lexicographer file of its most
/// frequent sense (so "Tuesday", "afternoon" and "week" are known as time nouns). Inflected forms are
/// reduced with WordNet's own rules (morphy: detachment suffixes and the exception lists).
///
/// Loaded once per process from `$BRIEFING_WORDNET` or `/usr/share/wordnet`; when neither holds WordNet,
/// `shared` is nil and callers fall back to what they can tell without it.
public final class WordNetLexicon: Sendable {
    /// What WordNet says about one lemma.
    public struct Entry: Sendable {
        public var noun = false, verb = false, adjective = false, adverb = false
        /// SemCor tag counts per part of speech (how common the lemma is in that role).
        public var nounCount = 0, verbCount = 0, adjectiveCount = 0
        /// The lexicographer file of the most frequent noun sense (28 = noun.time, 18 = noun.person).
        public var nounFile = -1
        /// Byte offsets in `data.noun`, `data.verb`, `data.adj`, `data.adv` of the most frequent sense (-1: none).
        public var nounSynset: Int32 = -1, verbSynset: Int32 = -1, adjectiveSynset: Int32 = -1, adverbSynset: Int32 = -1
    }

    /// What a surface word can be, its lemmas found by morphy.
    public struct Reading: Sendable {
        public var noun = false, verb = false, adjective = false, adverb = false
        public var nounCount = 0, verbCount = 0, adjectiveCount = 0
        /// The noun lemma (for "casualties", "casualty").
        public var nounLemma: String?
        /// The most frequent noun sense is a time period or point ("Monday", "weeks", "afternoon").
        public var isTimeNoun = false
        public var known: Bool { noun || verb || adjective || adverb }
    }

    let entries: [String: Entry]
    /// The synset files (`data.noun`, `data.verb`, `data.adj`, `data.adv`), mapped, read on demand by `synset`.
    let data: [Character: Data]
    /// Irregular forms per part of speech: "geese" → "goose", "ran" → "run".
    let exceptions: [Character: [String: [String]]]

    /// The system's WordNet, loaded on first use.
    public static let shared: WordNetLexicon? = {
        for dir in directories {
            if let lexicon = WordNetLexicon(directory: dir) { return lexicon }
        }
        return nil
    }()

    /// Starts loading `shared` on another thread, so that the work before its first use (reading the documents)
    /// and the loading overlap; the first use waits for it to finish.
    public static func loadInBackground() {
        DispatchQueue.global().async { _ = shared }
    }

    /// The folders WordNet is looked for in, in order.
    static var directories: [String] {
        [ProcessInfo.processInfo.environment["BRIEFING_WORDNET"], "/usr/share/wordnet"].compactMap { $0 }.filter { !$0.isEmpty }
    }

    /// One line per file of the WordNet that `shared` would load (its name, size and time of change), read
    /// without loading it: what `AnalysisVersion` needs to know that the lexicon changed.
    static func sourceFiles() -> [String] {
        for dir in directories {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir), names.contains("index.noun") else { continue }
            return names.sorted().map { name in
                var st = stat()
                guard stat(dir + "/" + name, &st) == 0 else { return name }
                return "\(name) \(st.st_size) \(st.st_mtim.tv_sec)"
            }
        }
        return ["no wordnet"]
    }

    /// Reads WordNet's database files from `directory`; nil when the index files are not there.
    public init?(directory: String) {
        let url = URL(fileURLWithPath: directory)
        guard let nouns = try? Data(contentsOf: url.appendingPathComponent("index.noun")),
              let verbs = try? Data(contentsOf: url.appendingPathComponent("index.verb")),
              let adjectives = try? Data(contentsOf: url.appendingPathComponent("index.adj")),
              let adverbs = try? Data(contentsOf: url.appendingPathComponent("index.adv")) else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(150_000)
        func update(_ lemma: String, _ body: (inout Entry) -> Void) { body(&entries[lemma, default: Entry()]) } // one lookup
        Self.scanIndex(nouns) { lemma, first in update(lemma) { $0.noun = true; $0.nounSynset = first } }
        Self.scanIndex(verbs) { lemma, first in update(lemma) { $0.verb = true; $0.verbSynset = first } }
        Self.scanIndex(adjectives) { lemma, first in update(lemma) { $0.adjective = true; $0.adjectiveSynset = first } }
        Self.scanIndex(adverbs) { lemma, first in update(lemma) { $0.adverb = true; $0.adverbSynset = first } }
        if let counts = try? Data(contentsOf: url.appendingPathComponent("cntlist.rev")) {
            Self.scanSenseCounts(counts) { lemma, type, file, sense, count in
                guard entries[lemma] != nil else { return }
                switch type {
                case 1:
                    entries[lemma]!.nounCount += count
                    if sense == 1 { entries[lemma]!.nounFile = file }
                case 2: entries[lemma]!.verbCount += count
                case 3, 5: entries[lemma]!.adjectiveCount += count
                default: break
                }
            }
        }
        var exceptions: [Character: [String: [String]]] = [:]
        for (pos, file) in [("n", "noun.exc"), ("v", "verb.exc"), ("a", "adj.exc")] {
            guard let data = try? Data(contentsOf: url.appendingPathComponent(file)) else { continue }
            var map: [String: [String]] = [:]
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                let parts = line.split(separator: " ").map(String.init)
                if parts.count >= 2 { map[parts[0]] = Array(parts.dropFirst()) }
            }
            exceptions[Character(pos)] = map
        }
        self.entries = entries
        self.exceptions = exceptions
        var data: [Character: Data] = [:]
        for (pos, file) in [("n", "data.noun"), ("v", "data.verb"), ("a", "data.adj"), ("r", "data.adv")] {
            data[Character(pos)] = try? Data(contentsOf: url.appendingPathComponent(file), options: .alwaysMapped)
        }
        self.data = data
    }

    /// An irregular inflection of a verb ("left", "won", "took"), from WordNet's verb exception list.
    public func isIrregularVerbForm(_ word: String) -> Bool { exceptions["v"]?[word] != nil }

    /// The entry of a lemma as WordNet spells it (lower case, underscores between words).
    public func entry(_ lemma: String) -> Entry? { entries[lemma] }

    /// Readings already made, for every thread (`reading` is a pure function of the word).
    private let readings = SharedMemo<String, Reading>()

    /// `reading(word)`, made once per word for the whole process.
    public func rememberedReading(_ word: String) -> Reading {
        readings.value(for: word) { reading(word) }
    }

    /// Every part of speech a lower-cased word form can have, with its lemmas (morphy).
    public func reading(_ word: String) -> Reading {
        var r = Reading()
        if let l = lemma(word, pos: "n"), let e = entries[l] {
            r.noun = true
            r.nounLemma = l
            r.nounCount = e.nounCount
            r.isTimeNoun = e.nounFile == 28
        }
        if let l = lemma(word, pos: "v"), let e = entries[l] {
            r.verb = true
            r.verbCount = e.verbCount
        }
        if let l = lemma(word, pos: "a"), let e = entries[l] {
            r.adjective = true
            r.adjectiveCount = e.adjectiveCount
        }
        if let e = entries[word], e.adverb { r.adverb = true }
        return r
    }

    /// Morphy's candidate lemmas of a word for one part of speech: the word itself, its irregular base
    /// forms, and what the detachment rules leave.
    func lemmas(_ word: String, pos: Character) -> [String] {
        var out = [word]
        if let irregular = exceptions[pos]?[word] { out += irregular }
        let rules: [(String, String)]
        switch pos {
        case "n": rules = [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")]
        case "v": rules = [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")]
        default: rules = [("er", ""), ("est", ""), ("er", "e"), ("est", "e")]
        }
        for (suffix, ending) in rules where word.hasSuffix(suffix) && word.count > suffix.count + 1 {
            out.append(String(word.dropLast(suffix.count)) + ending)
        }
        // A doubled consonant before -ed/-ing ("occurred" → "occur", "planning" → "plan").
        if pos == "v" {
            for suffix in ["ed", "ing"] where word.hasSuffix(suffix) {
                let stem = word.dropLast(suffix.count)
                if stem.count >= 3, let last = stem.last, stem.dropLast().last == last { out.append(String(stem.dropLast())) }
            }
        }
        return out
    }

    /// Calls `body(lemma, first)` for every entry of an index file (`lemma pos synset_cnt p_cnt [ptr...]
    /// sense_cnt tagsense_cnt synset_offset...`), `first` being the offset of the most frequent sense (the
    /// first listed); lines starting with a space are the licence.
    static func scanIndex(_ data: Data, _ body: (String, Int32) -> Void) {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            let n = bytes.count
            while i < n {
                var end = i
                while end < n, bytes[end] != 10, bytes[end] != 32 || bytes[i] == 32 { end += 1 }
                let lemmaEnd = end
                while end < n, bytes[end] != 10 { end += 1 }
                if lemmaEnd > i, bytes[i] != 32 {
                    body(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<lemmaEnd]), as: UTF8.self),
                         Self.firstOffset(bytes, lemmaEnd, end))
                }
                i = end + 1
            }
        }
    }

    /// The first synset offset of an index line whose fields after the lemma lie in `from..<to`: the
    /// offsets are the last `synset_cnt` fields (the second field after the lemma).
    static func firstOffset(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int32 {
        // The field at `k` (skipping spaces) and where it ends.
        func field(from k: Int) -> (start: Int, end: Int)? {
            var s = k
            while s < to, bytes[s] == 32 { s += 1 }
            var e = s
            while e < to, bytes[e] != 32 { e += 1 }
            return e > s ? (s, e) : nil
        }
        func number(_ f: (start: Int, end: Int)) -> Int? {
            var v = 0
            for b in bytes[f.start..<f.end] { guard b >= 48, b <= 57 else { return nil }; v = v * 10 + Int(b - 48) }
            return v
        }
        guard let pos = field(from: from), let countField = field(from: pos.end), let count = number(countField), count >= 1 else { return -1 }
        // Step back over the last `count` fields from the end of the line.
        var k = to, start = to
        for _ in 0..<count {
            while k > countField.end, bytes[k - 1] == 32 { k -= 1 }
            let end = k
            while k > countField.end, bytes[k - 1] != 32 { k -= 1 }
            guard k < end else { return -1 }
            start = k
        }
        guard let f = field(from: start), let offset = number(f) else { return -1 }
        return Int32(clamping: offset)
    }

    /// Calls `body(lemma, ss_type, lex_filenum, sense_number, tag_cnt)` for every line of `cntlist.rev`:
    /// `lemma%ss_type:lex_filenum:lex_id:head_word:head_id sense_number tag_cnt`.
    static func scanSenseCounts(_ data: Data, _ body: (String, Int, Int, Int, Int) -> Void) {
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 3, let sense = Int(parts[1]), let count = Int(parts[2]) else { continue }
            let key = parts[0].split(separator: "%", maxSplits: 1)
            guard key.count == 2 else { continue }
            let fields = key[1].split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count >= 2, let type = Int(fields[0]), let file = Int(fields[1]) else { continue }
            body(String(key[0]), type, file, sense, count)
        }
    }
}
