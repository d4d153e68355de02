/// The role a word can play in a topic phrase, decided from WordNet's parts of speech and the word before it.
///
/// A topic is a noun phrase: modifiers, then nouns ("active tuberculosis disease", "North Korean troops").
/// Verbs ("occurred", "died"), adverbs and function words end a phrase; calendar names ("Monday", "June")
/// end it too; time nouns ("week", "afternoon") may sit in a phrase but never make one alone.
public enum WordRole: UInt8, Sendable, Equatable {
    case noun, modifier, timeNoun, breaker
    /// A noun that is far more often a verb ("eats", "call"): a noun only where the folder also uses it
    /// as one, after an article or a preposition ("the call").
    case verbLike
    /// An unknown word with a capital only because it opens a sentence ("Hey", "Anyhoo"): a name only if
    /// the folder also writes it with a capital inside a sentence.
    case unknownOpener
    /// A base form that is far more often a verb, after a singular noun ("air base", "drought hit"): the
    /// head of a compound noun unless an object follows it ("hit Kansas", "won the race").
    case compoundHead
}

/// Assigns `WordRole`s, remembering what it has looked up. Not shared between threads.
public final class WordRoles {
    let lexicon: WordNetLexicon?
    var cache: [String: WordNetLexicon.Reading] = [:]
    /// Words seen used as nouns: after an article, a possessive pronoun or a preposition.
    public private(set) var nounUses = Set<String>()
    /// Words written with a capital inside a sentence.
    public private(set) var midSentenceCapitals = Set<String>()

    public init(lexicon: WordNetLexicon? = WordNetLexicon.shared) { self.lexicon = lexicon }

    /// Words after which an ambiguous noun/verb form is a verb ("they attack", "to report", "will crash").
    static let verbContext: Set<String> = ["to", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
                                           "did", "does", "do", "not", "never", "i", "we", "they", "you", "he", "she", "it",
                                           "who", "which", "that", "also", "often", "just", "n't", "won't", "can't", "don't",
                                           "didn't", "doesn't", "'ll", "'d"]
    /// Articles, possessives and quantifiers: the word after them is a noun ("the attack", "their plans").
    static let determiners: Set<String> = ["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our",
                                           "your", "my", "some", "any", "no", "every", "each", "another", "such"]
    /// Words that open a verb's object: articles, possessives, quantifiers, object pronouns.
    public static let objectOpeners: Set<String> = determiners.union(["him", "them", "us", "me", "it", "her"])
    /// Prepositions: the word after them is a noun, or a gerund ("of the attack", "for supplying").
    static let nounContext: Set<String> = ["of", "in", "on", "for", "with", "from", "by", "at", "about", "into", "against"]
    static let calendarWords = Set(TemporalTagger.weekdays).union(["yesterday", "today", "tonight", "tomorrow", "weekend",
                                                                   "morning", "noon", "midnight", "ago", "a.m", "p.m"])

    /// The role of `lower` (written `surface`), after the word `previous` (lower case, nil at a sentence's
    /// start) whose role was `previousRole`.
    public func role(_ lower: String, surface: String, previous: String?, previousRole: WordRole?, sentenceStart: Bool) -> WordRole {
        if Self.calendarWords.contains(lower) || MonthNames.number(lower) != nil && (surface.first?.isUppercase ?? false) { return .breaker }
        let capitalised = surface.first?.isUppercase ?? false
        let r: WordNetLexicon.Reading
        if let cached = cache[lower] { r = cached } else { r = lexicon?.rememberedReading(lower) ?? .init(); cache[lower] = r }
        let stop = Stopwords.isStop(lower) || Stopwords.numberWords.contains(lower)
        // A capitalised word inside a sentence is a name or part of one ("Great Lakes", "New York"), unless it
        // is a function word or a pronoun's form ("I'm").
        if capitalised && !sentenceStart && lower.count >= 2 && !Stopwords.functionWords.contains(lower) && (!stop || r.noun || r.adjective) {
            midSentenceCapitals.insert(lower)
            return .noun
        }
        if stop { return .breaker }
        guard lexicon != nil else { return .noun }
        if !r.known {
            if capitalised { return .unknownOpener }
            return lower.count > 2 ? .noun : .breaker
        }
        if r.isTimeNoun { return .timeNoun }
        let participle = lower.hasSuffix("ed") || lower.hasSuffix("ing")
        // A participle right after a noun is its verb ("Lewis dismissed reporters").
        if participle, r.verb, r.nounCount == 0, previousRole == .noun || previousRole == .verbLike { return .breaker }
        if r.noun {
            guard r.verb else { return .noun }
            // After a name, a form in -s is the name's verb ("Russia backs", "Ukraine ends"); after a people's
            // adjective it is a noun ("Chilean ships", "Korean troops").
            if previousRole == .noun, lower.hasSuffix("s"), !lower.hasSuffix("ss"), let p = previous, !p.hasSuffix("s"),
               midSentenceCapitals.contains(p), cache[p]?.adjective != true, r.verbCount > 0 { return .breaker }
            // An irregular past form after a noun is its verb ("Johnson left Seoul", "the price fell"), unless the
            // folder uses the word as a noun ("the left").
            if previousRole == .noun, lexicon?.isIrregularVerbForm(lower) == true { return .verbLike }
            // Both ("attack", "plans"): a noun, unless the word before makes it a verb ("they attack").
            if let p = previous, Self.verbContext.contains(p) { return .breaker }
            // After an article or a possessive, a noun; after a preposition too, unless it is a gerund
            // people never tag as a noun ("for supplying Ukraine").
            if let p = previous, Self.determiners.contains(p) || Self.nounContext.contains(p) && !(participle && r.nounCount == 0) {
                nounUses.insert(lower)
                return .noun
            }
            // A participle that people never tagged as a noun ("asking", "reported") is a verb form here.
            if r.nounCount == 0 && r.verbCount > 0 && participle {
                return r.adjective ? .modifier : .breaker
            }
            // Far more often a verb in general English ("call", "eats"): a noun after an adjective that is no
            // adverb ("a long call", but not "Johnson later lost"), or in its base form after a singular noun, which could not be its subject ("air base");
            // otherwise only if the folder uses it as a noun somewhere.
            if r.verbCount >= 10 && r.verbCount >= 3 * r.nounCount {
                if previousRole == .modifier, let p = previous, cache[p]?.adverb != true { return .noun }
                if previousRole == .noun, !lower.hasSuffix("s"), let p = previous, !p.hasSuffix("s") { return .compoundHead }
                return .verbLike
            }
            return .noun
        }
        if r.adjective { return .modifier }
        return .breaker // verbs and adverbs
    }

}
