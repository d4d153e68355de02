/// A small, seeded pseudo-random generator (SplitMix64): the same seed gives the same inputs.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Makes inputs from a starting text: mutations of it (characters replaced, deleted, repeated, spliced,
/// special fragments put in, lines shuffled, the text cut short) or, now and then, text made of
/// fragments alone.
struct Generator {
    var rng: SplitMix64

    mutating func input(from start: String) -> String {
        if Int.random(in: 0..<10, using: &rng) == 0 { return fragmentsOnly() }
        var s = Array(start.unicodeScalars)
        for _ in 0..<Int.random(in: 1...8, using: &rng) { mutate(&s) }
        return String(String.UnicodeScalarView(s))
    }

    private mutating func fragmentsOnly() -> String {
        (0..<Int.random(in: 1...60, using: &rng)).map { _ in Inputs.fragments.randomElement(using: &rng)! }.joined()
    }

    private mutating func mutate(_ s: inout [Unicode.Scalar]) {
        let i = s.isEmpty ? 0 : Int.random(in: 0...s.count, using: &rng)
        switch Int.random(in: 0..<9, using: &rng) {
        case 0: // a fragment put in
            s.insert(contentsOf: Inputs.fragments.randomElement(using: &rng)!.unicodeScalars, at: i)
        case 1: // a stretch deleted
            guard !s.isEmpty else { return }
            let j = min(s.count, i + Int.random(in: 1...40, using: &rng))
            if i < j { s.removeSubrange(i..<j) }
        case 2: // a stretch repeated many times (long lines, deep nesting)
            guard !s.isEmpty else { return }
            let a = min(i, s.count - 1), b = min(s.count, a + Int.random(in: 1...6, using: &rng))
            let piece = Array(s[a..<b])
            s.insert(contentsOf: Array(repeating: piece, count: Int.random(in: 2...400, using: &rng)).joined(), at: a)
        case 3: // one character replaced by any scalar
            guard i < s.count else { return }
            s[i] = randomScalar()
        case 4: // cut short
            s.removeSubrange(min(i, s.count)...)
        case 5: // lines shuffled
            var lines = String(String.UnicodeScalarView(s)).split(separator: "\n", omittingEmptySubsequences: false)
            lines.shuffle(using: &rng)
            s = Array(lines.joined(separator: "\n").unicodeScalars)
        case 6: // a line doubled
            let lines = String(String.UnicodeScalarView(s)).split(separator: "\n", omittingEmptySubsequences: false)
            guard let line = lines.randomElement(using: &rng) else { return }
            s.insert(contentsOf: (line + "\n").unicodeScalars, at: i)
        case 7: // random scalars
            s.insert(contentsOf: (0..<Int.random(in: 1...12, using: &rng)).map { _ in randomScalar() }, at: i)
        default: // another starting text spliced in
            let other = [Inputs.podcastPage, Inputs.transcript, Inputs.subrip, Inputs.webvtt, Inputs.markdown, Inputs.metadata]
                .randomElement(using: &rng)!
            let o = Array(other.unicodeScalars)
            let a = Int.random(in: 0..<o.count, using: &rng)
            s.insert(contentsOf: o[a..<min(o.count, a + Int.random(in: 1...200, using: &rng))], at: i)
        }
    }

    private mutating func randomScalar() -> Unicode.Scalar {
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: return Unicode.Scalar(UInt8.random(in: 0...0x7F, using: &rng)) // ASCII, controls included
        case 1: return Unicode.Scalar(UInt32.random(in: 0x80...0x9F, using: &rng))! // C1 controls
        case 2: return Unicode.Scalar(UInt32.random(in: 0x2000...0x206F, using: &rng))! // spaces, marks, bidi
        default:
            while true {
                if let u = Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &rng)) { return u }
            }
        }
    }
}
