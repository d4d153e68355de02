import Foundation

/// Finds claims in a document's sentences: figures with what they count, reported speech, stances; and
/// plain assertions as candidates (kept only when another claim takes them up).
public struct ClaimExtractor: Sendable {
    public var parser: QuantityParser
    public static let maxClaimLength = 600
    /// Each sentence's check-worthiness, made once per text for all the documents this extractor reads (a
    /// sentence quoted, repeated or syndicated across a folder is scored once).
    let worthiness = SharedMemo<String, Double>()

    public init(parser: QuantityParser) {
        self.parser = parser
    }

    static let reported = try! NSRegularExpression(pattern:
        #"(?i)\b(?:said|says|told|acknowledged|confirmed|announced|claimed|reported|stated|warned|insisted|believes|believed|briefed|according to|there are reports|reportedly|interpreted|assessment|estimates? (?:are|is)|released evidence)\b"#)
    static let stance = try! NSRegularExpression(pattern:
        #"(?i)\b(?:i (?:dis)?agree|(?:dis)?agree with|i would(?:n't| not)(?: necessarily)? (?:see|say|call|agree)|i don't (?:necessarily )?(?:think|believe|agree)|i'm not (?:so |that )?(?:sure|convinced|certain)|as \w+ (?:said|says|mentioned|noted|raised)|that's not (?:the case|true|right)|i (?:think|believe) that's (?:right|wrong))"#)
    /// Every match of `reported` holds one of these (in lower case), and so does every match of `stance` one of
    /// `stanceWords`: an ASCII sentence without any of them cannot match, and the expression is not run.
    static let reportedWords = ["said", "says", "told", "acknowledged", "confirmed", "announced", "claimed", "reported", "stated",
                                "warned", "insisted", "believe", "briefed", "according to", "there are reports", "interpreted",
                                "assessment", "estimate", "released evidence"]
    static let stanceWords = ["agree", "i would", "i don't", "i'm not", "said", "says", "mentioned", "noted", "raised", "that's not",
                              "that's right", "that's wrong"]

    /// A sentence, lower-cased when it is ASCII, for the test that a cue word may be in it (in other scripts
    /// case-insensitive matching is wider than lower-casing, so any sentence may hold a cue).
    struct Cues {
        let lower: String?

        init(_ text: String) { lower = text.isASCII ? text.lowercased() : nil }

        /// `words`: ASCII and not empty, as `reportedWords` and `stanceWords` are.
        func mayHold(_ words: [String]) -> Bool {
            guard let lower else { return true }
            return words.contains { lower.asciiIncludes($0) }
        }
    }

    static let negations: Set<String> = ["not", "no", "never", "n't", "nobody", "nothing", "neither", "nor", "without", "lacks", "lack"]

    /// Claims and candidate assertions of one document (ids are assigned by the linker).
    public func claims(_ doc: Document, analysis: SpeakerAnalysis, timeline: [TimelineEntry], dating: DocumentDating?,
                       people: [String]) -> [Claim] {
        let mentions = timeline.flatMap { e in e.mentions.filter { $0.path == doc.path }.map { ($0, e.date.label) } }
        return claims(doc, analysis: analysis, mentions: mentions, dating: dating, people: people)
    }

    /// The same, given the timeline's mentions in this document with their dates' labels. `times`: where the
    /// temporal expressions of each of the `given` sentences stand, when the timeline has found them already.
    func claims(_ doc: Document, analysis: SpeakerAnalysis, mentions: [(TimelineMention, String)], dating: DocumentDating?,
                people: [String], sentences given: [Sentence]? = nil, times known: [[TextSpan]]? = nil) -> [Claim] {
        var found = ownClaims(doc, analysis: analysis, sentences: given, times: known)
        Self.place(&found, mentions: mentions, dating: dating, people: people)
        return found.claims
    }

    /// A document's claims as far as the document alone says them: without their dates and without whom a stance
    /// answers (`place` adds those from the timeline and the corpus's people), and which of them are stances.
    struct OwnClaims: Sendable {
        var claims: [Claim]
        var stance: [Bool]
        /// Each claim's sentence, whole (a claim's own span stops at `maxClaimLength`).
        var sentences: [TextSpan]
    }

    func ownClaims(_ doc: Document, analysis: SpeakerAnalysis, sentences given: [Sentence]? = nil, times known: [[TextSpan]]? = nil) -> OwnClaims {
        let paragraphs = doc.paragraphs
        let flat = paragraphs.flatMap { $0 }
        let whole = given ?? SentenceSegmenter().sentences(doc.text, paragraphs: paragraphs)
        let sentences = Self.withinTurns(whole, analysis)
        // A sentence not cut at a turn has the times the timeline found in it.
        let known = known?.count == whole.count ? known : nil
        var next = 0
        func knownTimes(_ s: Sentence) -> [TextSpan]? {
            guard let known else { return nil }
            while next < whole.count, whole[next].span.start < s.span.start { next += 1 }
            return next < whole.count && whole[next].span == s.span ? known[next] : nil
        }
        let tagger = TemporalTagger()
        var out = OwnClaims(claims: [], stance: [], sentences: [])
        var previousSubject: String?
        for s in sentences {
            let pieces = SentenceSegmenter.pieces(of: s, in: flat)
            let parsed = parser.parse(doc.text, pieces: pieces)
            defer { previousSubject = parsed.subject ?? previousSubject }
            var span = s.span
            if span.length > Self.maxClaimLength { span = TextSpan(span.start, span.start + Self.maxClaimLength) }
            let text = doc.text.joined(pieces)
            let words = text.splitAtWhitespace()
            guard words.count >= 4 else { continue }
            let times = knownTimes(s) ?? tagger.mentions(doc.text, pieces: pieces).map(\.span)
            let quantities = parser.quantities(doc.text, parsed: parsed, skip: times, previousSubject: previousSubject).filter { $0.unitClass != "time" || $0.rate != nil }
            let range = NSRange(text.startIndex..., in: text)
            let cue = Cues(text)
            let isReported = cue.mayHold(Self.reportedWords) && Self.reported.firstMatch(in: text, range: range) != nil
            let isStance = cue.mayHold(Self.stanceWords) && Self.stance.firstMatch(in: text, range: range) != nil
            let kind: ClaimKind = !quantities.isEmpty ? .quantity : (isStance ? .stance : (isReported ? .reported : .assertion))
            // A question asks; it claims nothing unless it restates a figure ("you said 10,000, maybe 12,000?").
            if kind != .quantity && text.endsWithQuestionMark { continue }
            let lower = words.map { $0.lowercased().trimmingPunctuation() }
            let negated = lower.contains { Self.negations.contains($0) || $0.hasSuffix("n't") }
            out.claims.append(Claim(id: -1, document: doc.name, path: doc.path, start: span.start, end: span.end, text: text,
                                    claimant: claimant(at: span, analysis), kind: kind, quantities: quantities, date: nil,
                                    negated: negated, references: [], related: [], links: [],
                                    groups: parsed.groupNames.sorted(),
                                    checkWorthiness: worthiness.value(for: text) { CheckWorthiness.shared.probability(text) }, saidOn: nil))
            out.stance.append(isStance)
            out.sentences.append(s.span)
        }
        return out
    }

    /// Dates a document's claims (the timeline's date of the sentence, else the document's) and gives each
    /// stance the people it answers: those of `people` named by their first name in it.
    static func place(_ own: inout OwnClaims, mentions: [(TimelineMention, String)], dating: DocumentDating?, people: [String]) {
        place(&own, mentions: mentions, dating: dating, people: FirstNames(people))
    }

    /// People with the first word of their name in lower case, for the names a stance answers (made once for
    /// all of a corpus's documents); only first names of three letters or more are looked for.
    struct FirstNames: Sendable {
        let people: [(name: String, first: String)]

        init(_ names: [String]) {
            people = names.compactMap { name in
                let first = name.split(separator: " ").first.map(String.init) ?? name
                return first.count >= 3 ? (name, first.lowercased()) : nil
            }
        }
    }

    static func place(_ own: inout OwnClaims, mentions: [(TimelineMention, String)], dating: DocumentDating?, people: FirstNames) {
        let dateAt = MentionDates(mentions)
        let anchor = dating?.anchor?.label
        for i in own.claims.indices {
            let span = own.claims[i].span
            if own.stance[i] {
                let said = Set(own.claims[i].text.splitAtWhitespace().map { String($0).trimmingPunctuation().lowercased() })
                own.claims[i].references = people.people.filter { said.contains($0.first) }.map(\.name)
            }
            own.claims[i].date = dateAt.label(at: span.start) ?? anchor
            own.claims[i].saidOn = anchor
        }
    }

    /// The date label of the first mention (in the timeline's order) whose sentence holds a position. A
    /// document's mentions are its sentences, which do not overlap: the sentences are searched by position,
    /// each with the label of its first mention; mentions that overlap are searched one by one.
    struct MentionDates {
        let mentions: [(TimelineMention, String)]
        /// (start, end, label) per sentence, by start; nil when two overlap.
        let sentences: [(start: Int, end: Int, label: String)]?

        init(_ mentions: [(TimelineMention, String)]) {
            self.mentions = mentions
            var first: [TextSpan: String] = [:]
            for (m, label) in mentions where first[TextSpan(m.start, m.end)] == nil { first[TextSpan(m.start, m.end)] = label }
            let sorted = first.map { (start: $0.key.start, end: $0.key.end, label: $0.value) }.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            let disjoint = zip(sorted, sorted.dropFirst()).allSatisfy { $0.end <= $1.start }
            sentences = disjoint ? sorted : nil
        }

        func label(at position: Int) -> String? {
            guard let sentences else { return mentions.first { $0.0.start <= position && position < $0.0.end }?.1 }
            // The last sentence that starts at or before the position.
            var lo = 0, hi = sentences.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sentences[mid].start <= position { lo = mid + 1 } else { hi = mid }
            }
            guard lo > 0, position < sentences[lo - 1].end else { return nil }
            return sentences[lo - 1].label
        }
    }

    /// Sentences cut where the speaker changes: a labelled turn that ends without a full stop ("in Washington,
    /// D.C.", "--") must not run into the next speaker's words. A sentence over two or more turns becomes one
    /// part per turn (what lies between them, a label, belongs to neither). Where both turns were inferred from
    /// the words (no labels), a change inside a sentence is the decoder's guess against the sentence's own
    /// punctuation, and the sentence stays whole.
    static func withinTurns(_ sentences: [Sentence], _ a: SpeakerAnalysis) -> [Sentence] {
        let turns = a.turns
        guard turns.count >= 2 else { return sentences }
        var out: [Sentence] = []
        out.reserveCapacity(sentences.count)
        for s in sentences {
            let lo = turns.firstIndex(endingAfter: s.span.start)
            var parts: [TextSpan] = []
            var k = lo
            while k < turns.count, turns[k].span.start < s.span.end {
                let start = max(turns[k].span.start, s.span.start), end = min(turns[k].span.end, s.span.end)
                let labelled = k > lo && (turns[k].source != .inferred || turns[k - 1].source != .inferred)
                if start < end {
                    if let last = parts.last, k > lo, !labelled { parts[parts.count - 1] = TextSpan(last.start, end) }
                    else { parts.append(TextSpan(start, end)) }
                }
                k += 1
            }
            if parts.count >= 2 { out += parts.map { Sentence($0) } } else { out.append(s) }
        }
        return out
    }

    func claimant(at span: TextSpan, _ a: SpeakerAnalysis) -> String? {
        if let speaker = a.speaker(at: span.start) { return speaker }
        return a.quoted.first { q in q.quotes.contains { $0.overlaps(span) } }?.name
    }
}
