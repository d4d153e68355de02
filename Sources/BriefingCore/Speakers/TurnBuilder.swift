/// Groups a document's blocks into turns. Labelled blocks go to their speaker (aliases applied); in a
/// transcript-like document unlabelled text goes to `Unknown` until speaker attribution says otherwise;
/// articles have no turns.
public enum TurnBuilder {
    public static func turns(_ doc: Document) -> [Turn] {
        let names = SpeakerNames(aliases: doc.speakerAliases)
        let spoken: Bool
        switch doc.format {
        case .podcastPage, .transcript, .subrip, .webvtt: spoken = true
        case .article, .markdown: spoken = doc.hasSpeakerLabels
        }
        guard spoken else { return [] }
        if !doc.hasSpeakerLabels, doc.format == .podcastPage || doc.format == .subrip || doc.format == .webvtt {
            return SpeakerAttributor.attribute(doc).turns.map { t in
                var t = t
                t.speaker = names.name(for: t.speaker)
                return t
            }
        }
        var spellings: [String: [String]] = [:]
        var turns: [Turn] = []
        var seenLabel = false
        for block in doc.blocks where !block.pieces.isEmpty {
            var speaker = SpeakerNames.unknown
            if let label = block.label {
                seenLabel = true
                let name = names.name(for: label)
                spellings[SpeakerNames.key(name), default: []].append(name)
                speaker = SpeakerNames.key(name)
            } else if doc.hasSpeakerLabels && !seenLabel {
                continue // a preamble before the first label: title, place, time
            }
            if let last = turns.last, last.speaker == speaker, block.labelSpan == nil || speaker == SpeakerNames.unknown {
                turns[turns.count - 1].paragraphs.append(block.pieces)
            } else {
                turns.append(Turn(speaker: speaker, paragraphs: [block.pieces], time: block.time))
            }
        }
        return turns.map { t in
            var t = t
            if let s = spellings[t.speaker] { t.speaker = SpeakerNames.preferred(s) }
            return t
        }
    }
}
