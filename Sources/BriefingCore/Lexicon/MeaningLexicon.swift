import Foundation

/// What words mean, for telling whether two statements are about the same thing, from WordNet alone (no
/// subject-specific lists):
/// - a word stands for the most frequent sense of its lemma, so synonyms meet ("troops", "military personnel");
/// - derivations join a word's forms across parts of speech ("economy"/"economic", "deploy"/"deployment",
///   "troops"/"soldier"), pertainyms join adjectives to their nouns ("North Korean" → North Korea);
/// - the one or two more general senses above (hypernyms) let "combat" meet "war" (both military action)
///   with less weight;
/// - antonyms ("increase"/"decrease", reached through the senses above "grow" and "shrink") say that two
///   statements point opposite ways;
/// - names WordNet knows come to one key whatever the form ("DPRK", "North Korea", "North Korean").
/// Without WordNet every content word is its own feature.
public struct MeaningLexicon: Sendable {
    public let wordnet: WordNetLexicon?

    /// The weight of a word's own sense, of a derivation, and of the senses one and two levels above.
    public static let senseWeight = 1.0, derivationWeight = 0.8, hypernymWeights = [0.25, 0.12]
    /// The share of a place's or a people's features (against a common noun's).
    public static let placeWeight = 0.5
    /// The share of a verb's or an adjective's features (against a noun's).
    public static let modifierWeight = 0.6
    /// Features at least this heavy are a word's own sense or its derivations (not the senses above).
    public static let termWeight = 0.28

    /// The meaning of one word: weighted features and the senses it is the opposite of.
    public struct WordMeaning: Sendable {
        public var features: [String: Double] = [:]
        public var antonyms: Set<String> = []
    }

    public init(wordnet: WordNetLexicon? = WordNetLexicon.shared) { self.wordnet = wordnet }

    /// Memoises word meanings within one pass (a cache per thread or per document), backed by the meanings the
    /// other threads of the pass found (`Shared`), when given one.
    public final class Cache {
        var words: [String: WordMeaning] = [:]
        let shared: Shared?
        public init(sharing shared: Shared? = nil) { self.shared = shared }

        func lookup(_ key: String) -> WordMeaning? {
            if let hit = words[key] { return hit }
            guard let hit = shared?.lookup(key) else { return nil }
            words[key] = hit
            return hit
        }

        func store(_ key: String, _ m: WordMeaning) {
            words[key] = m
            shared?.store(key, m)
        }

        /// Meanings found by any thread of a pass, behind a lock: each word's is worked out once, not once per thread.
        public final class Shared: @unchecked Sendable {
            private var words: [String: WordMeaning] = [:]
            private let lock = NSLock()
            public init() {}
            func lookup(_ key: String) -> WordMeaning? { lock.lock(); defer { lock.unlock() }; return words[key] }
            func store(_ key: String, _ m: WordMeaning) { lock.lock(); words[key] = m; lock.unlock() }
        }
    }

    /// Weighted features and antonym senses of a text: the sum of its content words' meanings (a feature
    /// counts once, at its highest weight). Names of more than one word that WordNet lists ("North Korea",
    /// "front lines", "White House") count as one word.
    public func meaning(_ text: String, cache: Cache) -> WordMeaning {
        var out = WordMeaning()
        let words = Self.words(text)
        var i = 0
        while i < words.count {
            var used = 1
            var m: WordMeaning?
            for n in [3, 2] where i + n <= words.count {
                if let found = collocation(Array(words[i..<(i + n)]), cache: cache) { m = found; used = n; break }
            }
            if m == nil, !Stopwords.isStop(words[i]), !Stopwords.numberWords.contains(words[i]), words[i].count >= 3 {
                m = word(words[i], cache: cache)
            }
            if let m {
                for (k, w) in m.features where w > (out.features[k] ?? 0) { out.features[k] = w }
                out.antonyms.formUnion(m.antonyms)
            }
            i += used
        }
        return out
    }

    /// The key of a named group or place ("north korea" for "North Korean", "DPRK", "North Koreans"): the
    /// first word of the synset WordNet gives the name (following an adjective to the noun it pertains to,
    /// and a people to its country); nil when WordNet does not know the name.
    public func entityKey(_ words: [String]) -> String? {
        guard let wn = wordnet, !words.isEmpty, words.joined().count >= 3 else { return nil }
        let lower = words.map { $0.lowercased() }
        let joined = lower.joined(separator: "_")
        // An adjective of a place or people ("North Korean", "Russian"): the noun it pertains to.
        func place(ofAdjective a: WordNetLexicon.Synset) -> WordNetLexicon.Synset? {
            a.targets("\\").compactMap { wn.synset($0.pos, $0.offset) }.first { $0.pos == "n" && Self.nameFiles.contains($0.lexFile) }
        }
        if let a = wn.firstSense(joined, pos: "a"), let noun = place(ofAdjective: a) { return Self.display(noun.words[0]) }
        var forms = [joined]
        if let l = wn.lemma(lower.last!, pos: "n"), l != lower.last! { forms.append((lower.dropLast() + [l]).joined(separator: "_")) }
        for form in forms {
            guard let s = wn.firstSense(form, pos: "n"), Self.nameFiles.contains(s.lexFile) else { continue }
            // A people ("Russians", "North Koreans") stands for its country: a member of it, or its adjective's noun.
            if s.lexFile == 18 {
                for p in s.targets("#m") + s.targets("+") {
                    guard let t = wn.synset(p.pos, p.offset) else { continue }
                    if t.pos == "n", t.lexFile == 15 { return Self.display(t.words[0]) }
                    if t.pos == "a", let noun = place(ofAdjective: t) { return Self.display(noun.words[0]) }
                }
                continue // a person's name or a role, not a group
            }
            return Self.display(s.words[0])
        }
        return nil
    }

    /// Lexicographer files of names of groups and places: noun.group (14), noun.location (15), noun.person
    /// (18, for peoples).
    static let nameFiles: Set<Int> = [14, 15, 18]

    /// A word that WordNet knows first as a place ("Korea", "Jordan"): not a person's name.
    public func isPlaceName(_ word: String) -> Bool {
        guard let s = wordnet?.firstSense(word.lowercased(), pos: "n") else { return false }
        return s.lexFile == 15
    }

    /// A feature in words: the first word of its sense, or the word itself.
    public func featureName(_ key: String) -> String? {
        if key.hasPrefix("w:") { return String(key.dropFirst(2)) }
        guard let pos = key.first, let offset = Int32(key.dropFirst()), let s = wordnet?.synset(pos, offset), let w = s.words.first else { return nil }
        return Self.display(w)
    }

    static func display(_ lemma: String) -> String { lemma.replacingScalar("_", with: " ") }

    /// Lower-cased words of a text (letters, inner apostrophes and hyphens).
    static func words(_ text: String) -> [String] {
        if let ascii = asciiWords(text) { return ascii }
        return text.lowercased().replacingScalar("’", with: "'")
            .split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "-") })
            .compactMap { piece -> String? in
                // Apostrophes and hyphens at either end go ("'em", "well-"), as CharacterSet trimming did, faster.
                var scalars = piece.unicodeScalars[...]
                while let f = scalars.first, f == "'" || f == "-" { scalars = scalars.dropFirst() }
                while let l = scalars.last, l == "'" || l == "-" { scalars = scalars.dropLast() }
                return scalars.isEmpty ? nil : String(String.UnicodeScalarView(scalars))
            }
    }

    /// `words` of a text that is ASCII apart from typographic quotes, dashes, the ellipsis and the no-break
    /// space (’ ‘ “ ” – — … and U+00A0), read byte by byte: a letter is A–Z or a–z, ’ is an apostrophe (as
    /// `words` makes it), and the others part words as any other character that is not a letter does. Nil for
    /// any other text.
    static func asciiWords(_ text: String) -> [String]? {
        var out: [String] = []
        let read = forEachASCIIWord(text) { word in
            out.append(String(unsafeUninitializedCapacity: word.count) { buffer in
                _ = buffer.initialize(from: word)
                return word.count
            })
        }
        return read ? out : nil
    }

    /// A text's `words` joined by single spaces: what copies of one statement have in common, however they are
    /// cased and punctuated.
    static func normalised(_ text: String) -> String {
        var bytes: [UInt8] = []
        let read = forEachASCIIWord(text) { word in
            if !bytes.isEmpty { bytes.append(32) }
            bytes.append(contentsOf: word)
        }
        return read ? String(decoding: bytes, as: UTF8.self) : words(text).joined(separator: " ")
    }

    /// Hands each word of a text `asciiWords` reads to `emit` (lower-cased, ’ written as '), in order; false,
    /// after some words perhaps, for a text it does not read.
    static func forEachASCIIWord(_ text: String, _ emit: (ArraySlice<UInt8>) -> Void) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            var word: [UInt8] = [] // the word so far, lower-cased, ’ written as '
            func flush() {
                var (a, b) = (0, word.count)
                while a < b, word[a] == 39 || word[a] == 45 { a += 1 } // ' and -
                while b > a, word[b - 1] == 39 || word[b - 1] == 45 { b -= 1 }
                if a < b { emit(word[a..<b]) }
                word.removeAll(keepingCapacity: true)
            }
            var k = 0
            while k < bytes.count {
                let c = bytes[k]
                if c < 128 {
                    if (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 39 || c == 45 { word.append(c >= 65 && c <= 90 ? c + 32 : c) } else { flush() }
                    k += 1
                } else if c == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80 {
                    // General Punctuation: U+2019 is an apostrophe; U+2018, U+201C, U+201D, U+2013, U+2014, U+2026 part words.
                    switch bytes[k + 2] {
                    case 0x99: word.append(39)
                    case 0x98, 0x9C, 0x9D, 0x93, 0x94, 0xA6: flush()
                    default: return false
                    }
                    k += 3
                } else if c == 0xC2, k + 1 < bytes.count, bytes[k + 1] == 0xA0 {
                    flush()
                    k += 2
                } else {
                    return false
                }
            }
            flush()
            return true
        }
    }

    /// A multi-word lemma of WordNet at these words (the last word inflected: "front lines").
    func collocation(_ words: [String], cache: Cache) -> WordMeaning? {
        // A function word may open one ("in return") but not end it, and one word at least carries meaning.
        guard let wn = wordnet, let last = words.last, !Stopwords.isStop(last), !words.dropFirst().contains(where: { Stopwords.functionWords.contains($0) }) else { return nil }
        let key = words.joined(separator: "_")
        if let hit = cache.lookup(key) { return hit.features.isEmpty ? nil : hit }
        var found: WordMeaning?
        let lastLemma = wn.lemma(words.last!, pos: "n") ?? words.last!
        for (form, pos) in [(key, Character("n")), ((words.dropLast() + [lastLemma]).joined(separator: "_"), "n"), (key, "a"), (key, "v"), (key, "r")] {
            if let s = wn.firstSense(form, pos: pos) {
                found = meaning(of: s, lemma: form)
                if pos != "n" { found!.features = found!.features.mapValues { $0 * Self.modifierWeight } }
                break
            }
        }
        cache.store(key, found ?? WordMeaning())
        return found
    }

    /// The meaning of one content word: its most frequent sense in its commonest part of speech.
    func word(_ w: String, cache: Cache) -> WordMeaning {
        if let hit = cache.lookup(w) { return hit }
        var m = WordMeaning()
        if let wn = wordnet {
            let r = wn.rememberedReading(w)
            let pos: Character? = r.noun && (!r.verb || r.nounCount >= r.verbCount) ? "n" : r.verb ? "v" : r.adjective ? "a" : r.noun ? "n" : r.adverb ? "r" : nil
            // Days, weeks and seasons say when, not what: the timeline's business.
            if pos == "n" && r.isTimeNoun { cache.store(w, m); return m }
            if let pos, let lemma = pos == "r" ? w : wn.lemma(w, pos: pos), let s = wn.firstSense(lemma, pos: pos) {
                m = meaning(of: s, lemma: lemma)
                // What a statement is about is carried by its nouns and names more than by its verbs and adjectives.
                if pos != "n" { m.features = m.features.mapValues { $0 * Self.modifierWeight } }
            }
        }
        if m.features.isEmpty { m.features["w:" + w] = Self.senseWeight }
        cache.store(w, m)
        return m
    }

    /// The features of a sense reached from `lemma`: the sense, its derivations and pertainyms (those of
    /// this word, or of the whole synset), the senses above it; the antonyms of it and of the sense above.
    func meaning(of s: WordNetLexicon.Synset, lemma: String) -> WordMeaning {
        guard let wn = wordnet else { return WordMeaning() }
        var m = WordMeaning()
        func key(_ pos: Character, _ offset: Int32) -> String { "\(pos)\(offset)" }
        m.features[key(s.pos, s.offset)] = Self.senseWeight
        // Derivations of any word of the sense ("troops" is "soldiery", whose noun is "soldier"); a word with many
        // derived forms weighs no more in all than one with a single form.
        let derived = Set(s.pointers.filter { $0.symbol == "+" || $0.symbol == "\\" }.map { key($0.pos, $0.offset) }).subtracting([key(s.pos, s.offset)])
        for k in derived { m.features[k] = max(m.features[k] ?? 0, Self.derivationWeight / Double(derived.count).squareRoot()) }
        for p in s.pointers where p.symbol == "!" { m.antonyms.insert(key(p.pos, p.offset)) }
        var level = [s]
        for weight in Self.hypernymWeights {
            var next: [WordNetLexicon.Synset] = []
            for h in level {
                for p in h.pointers where p.symbol == "@" {
                    guard let up = wn.synset(p.pos, p.offset), up.lexFile != 3 else { continue } // not the top categories
                    let k = key(up.pos, up.offset)
                    m.features[k] = max(m.features[k] ?? 0, weight)
                    next.append(up)
                    if weight == Self.hypernymWeights[0] { for a in up.pointers where a.symbol == "!" { m.antonyms.insert(key(a.pos, a.offset)) } }
                }
            }
            level = next
        }
        // A place or a people says whom a statement is about, which the claim's named groups already say;
        // what is said about them should weigh more.
        let place = s.pos == "n" && s.lexFile == 15
            || s.pos == "a" && s.pointers.contains { $0.symbol == "\\" && wn.synset($0.pos, $0.offset)?.lexFile == 15 }
        if place { m.features = m.features.mapValues { $0 * Self.placeWeight } }
        return m
    }
}
