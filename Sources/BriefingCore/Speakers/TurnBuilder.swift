/// Who speaks in a document: its turns, each speaker's role, and the people it quotes.
public struct SpeakerAnalysis: Sendable, Codable {
    public var turns: [Turn]
    /// Speaker name → role, from introductions, the header, front matter or `briefing.yaml` (which wins).
    public var roles: [String: String]
    public var quoted: [QuotedSource]
    /// For a document without labels: whether it reads as a conversation or an article, and why.
    public var kind: String?

    public init(turns: [Turn], roles: [String: String], quoted: [QuotedSource], kind: String? = nil) {
        self.turns = turns
        self.roles = roles
        self.quoted = quoted
        self.kind = kind
    }

    /// The turn that holds an offset (binary search; turns are in text order).
    public func turn(at offset: Int) -> Turn? {
        let lo = turns.firstIndex(endingAfter: offset)
        return lo < turns.count && turns[lo].span.contains(offset) ? turns[lo] : nil
    }

    /// Who speaks at an offset.
    public func speaker(at offset: Int) -> String? { turn(at: offset)?.speaker }
}

/// Groups a document's blocks into turns. Labelled blocks go to their speaker (aliases applied); a spoken
/// document without labels goes through `SpeakerAttributor`; articles have no turns, only quoted sources.
public enum TurnBuilder {
    /// `sentences`: the document's sentences when the caller has them already.
    public static func analyze(_ doc: Document, sentences given: [Sentence]? = nil) -> SpeakerAnalysis {
        // Segmented at most once, and only when an analysis below needs the sentences.
        lazy var sentences = given ?? doc.sentences()
        var roles: [String: String] = [:]
        var turns: [Turn] = []
        var kind: String?
        if !doc.hasSpeakerLabels && doc.format == .article {
            let verdict = ConversationDetector.assess(doc, sentences: sentences)
            kind = verdict.reason
            if verdict.isConversation {
                let a = FloorAttributor.attribute(doc, sentences: sentences)
                turns = aliased(a.turns, roles: a.roles.map { ($0.key, $0.value) }, doc, into: &roles)
            }
        } else if isUnlabelledSpeech(doc) {
            let a = SpeakerAttributor.attribute(doc, sentences: sentences)
            let found = a.people.compactMap { p in p.role.map { (p.name, $0) } }
            turns = aliased(a.turns, roles: found, doc, into: &roles).map { t in
                var t = t
                t.source = .inferred
                return t
            }
        } else {
            turns = labelledTurns(doc)
        }
        for p in doc.people { if let r = p.role { roles[p.name] = r } }
        let quoted = turns.isEmpty ? QuotedSourceFinder.find(doc, sentences: sentences) : []
        return SpeakerAnalysis(turns: turns, roles: roles, quoted: quoted, kind: kind)
    }

    /// Inferred turns and roles under the names the document's aliases give (`briefing.yaml`, front matter).
    static func aliased(_ turns: [Turn], roles found: [(name: String, role: String)], _ doc: Document, into roles: inout [String: String]) -> [Turn] {
        let names = SpeakerNames(aliases: doc.speakerAliases)
        for (name, role) in found { roles[names.name(for: name)] = role }
        return turns.map { t in
            var t = t
            t.speaker = names.name(for: t.speaker)
            return t
        }
    }

    public static func turns(_ doc: Document) -> [Turn] { analyze(doc).turns }

    static func isUnlabelledSpeech(_ doc: Document) -> Bool {
        !doc.hasSpeakerLabels && (doc.format == .podcastPage || doc.format == .subrip || doc.format == .webvtt)
    }

    static func labelledTurns(_ doc: Document) -> [Turn] {
        var names = SpeakerNames(aliases: doc.speakerAliases)
        let spoken: Bool
        switch doc.format {
        case .podcastPage, .transcript, .subrip, .webvtt: spoken = true
        case .article, .markdown: spoken = doc.hasSpeakerLabels
        }
        guard spoken else { return [] }
        // Surname labels the text names in full ("MR. KIRBY" → "John Kirby"), unless an alias says otherwise.
        let labels = Set(doc.blocks.compactMap(\.label)).filter { doc.speakerAliases[$0] == nil }
        let full = LabelResolver.fullNames(for: labels, in: doc.text, also: [doc.title] + doc.people.map(\.name))
        for (label, name) in full { names.add(alias: label, name: name) }
        var spellings: [String: [String]] = [:]
        var turns: [Turn] = []
        var seenLabel = false
        // Each distinct label is resolved once (a subtitle file repeats a handful of labels thousands of times).
        var resolved: [String: (key: String, name: String)] = [:]
        for block in doc.blocks where !block.pieces.isEmpty {
            var speaker = SpeakerNames.unknown
            if let label = block.label {
                seenLabel = true
                let r: (key: String, name: String)
                if let known = resolved[label] { r = known } else {
                    let name = names.name(for: label)
                    r = (SpeakerNames.key(name), name)
                    resolved[label] = r
                    spellings[r.key, default: []].append(name)
                }
                speaker = r.key
            } else if doc.hasSpeakerLabels && !seenLabel {
                continue // a preamble before the first label: title, place, time
            }
            if let last = turns.last, last.speaker == speaker {
                turns[turns.count - 1].paragraphs.append(block.pieces)
            } else {
                var turn = Turn(speaker: speaker, paragraphs: [block.pieces], time: block.time)
                turn.source = block.label == nil ? nil : doc.format == .webvtt ? .voice : .label
                turns.append(turn)
            }
        }
        var out = turns.map { t in
            var t = t
            if let s = spellings[t.speaker] { t.speaker = SpeakerNames.preferred(s) }
            return t
        }
        // A questioner the previous turn called on by name.
        for i in out.indices.dropFirst() where LabelResolver.isQuestioner(out[i].speaker) {
            if let name = LabelResolver.calledOn(in: doc.text.joined(out[i - 1].pieces)) { out[i].speaker = name }
        }
        return out
    }
}
