import Foundation

extension WordNetLexicon {
    /// One WordNet synset as `data.noun`/`data.verb`/`data.adj` store it: its words, its lexicographer
    /// file and its pointers (hypernyms `@`, derivations `+`, pertainyms `\`, antonyms `!`, …).
    public struct Synset: Sendable {
        public var pos: Character
        public var offset: Int32
        public var lexFile: Int
        public var words: [String]
        public var pointers: [Pointer]

        /// The synsets a pointer symbol leads to.
        public func targets(_ symbol: String) -> [Pointer] { pointers.filter { $0.symbol == symbol } }
    }

    /// A pointer from a synset (or one of its words) to another synset.
    public struct Pointer: Sendable {
        public var symbol: String
        public var pos: Character
        public var offset: Int32
        /// The word of the source synset the pointer starts from (1-based), 0 for the whole synset.
        public var sourceWord: Int
    }

    /// The synset at `offset` of a part of speech (`n`, `v`, `a`, `r`), read from the mapped data file; nil when the
    /// file is missing or the offset does not start a synset line.
    public func synset(_ pos: Character, _ offset: Int32) -> Synset? {
        guard offset >= 0, let file = data[pos], Int(offset) < file.count else { return nil }
        return file.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Synset? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let start = Int(offset)
            guard start == 0 || bytes[start - 1] == 10 else { return nil }
            var end = start
            while end < bytes.count, bytes[end] != 10, bytes[end] != 124 { end += 1 } // up to the gloss's "|"
            let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            return Self.parseSynset(line, pos: pos)
        }
    }

    /// `offset lex_filenum ss_type w_cnt word lex_id [word lex_id…] p_cnt [symbol offset pos source/target…] …`
    static func parseSynset(_ line: String, pos: Character) -> Synset? {
        let f = line.split(separator: " ")
        guard f.count >= 4, let offset = Int32(f[0]), let lexFile = Int(f[1]), let wordCount = Int(f[3], radix: 16) else { return nil }
        var k = 4
        var words: [String] = []
        for _ in 0..<wordCount where k + 1 < f.count {
            words.append(String(f[k]).lowercased())
            k += 2
        }
        guard k < f.count, let pointerCount = Int(f[k]) else { return nil }
        k += 1
        var pointers: [Pointer] = []
        for _ in 0..<pointerCount where k + 3 < f.count {
            let p = f[k + 2].first ?? "n"
            let sourceTarget = f[k + 3]
            pointers.append(Pointer(symbol: String(f[k]), pos: p == "s" ? "a" : p, offset: Int32(f[k + 1]) ?? -1,
                                    sourceWord: Int(sourceTarget.prefix(2), radix: 16) ?? 0))
            k += 4
        }
        return Synset(pos: pos, offset: offset, lexFile: lexFile, words: words, pointers: pointers)
    }

    /// The lemma of a word form for one part of speech (`n`, `v`, `a`) that WordNet lists, most tagged first.
    public func lemma(_ word: String, pos: Character) -> String? {
        var best: (String, Int)?
        for l in lemmas(word, pos: pos) {
            guard let e = entries[l] else { continue }
            let (has, count): (Bool, Int) = pos == "n" ? (e.noun, e.nounCount) : pos == "v" ? (e.verb, e.verbCount) : (e.adjective, e.adjectiveCount)
            if has, best == nil || count > best!.1 { best = (l, count) }
        }
        return best?.0
    }

    /// The most frequent sense of a lemma in a part of speech.
    public func firstSense(_ lemma: String, pos: Character) -> Synset? {
        guard let e = entries[lemma] else { return nil }
        let offset = pos == "n" ? e.nounSynset : pos == "v" ? e.verbSynset : pos == "r" ? e.adverbSynset : e.adjectiveSynset
        return synset(pos, offset)
    }
}
