/// English function words and speech fillers: never part of a topic.
public enum Stopwords {
    public static let words: Set<String> = Set("""
    a about above after again against all almost along already also although always am among an and another any anybody anyone \
    anything anyway are aren't around as at away back be became because become becomes been before behind being below besides \
    best better between beyond both but by can can't cannot certainly could couldn't did didn't do does doesn't doing don't done \
    down during each either else enough especially even ever every everybody everyone everything exactly except far few first for \
    from further get gets getting give given gives go goes going gone gonna got gotten had hadn't has hasn't have haven't having he \
    he'd he'll he's her here here's hers herself him himself his how however i i'd i'll i'm i've if in indeed instead into is isn't it \
    it's its itself just keep kind know known knows last least less let let's like likely lot lots made make makes making many may \
    maybe me mean means meanwhile might mine more most mostly much must my myself need needs neither never nevertheless next no \
    near nobody none nor not nothing now of off often per oh ok okay on once one only onto or other others otherwise ought our ours ourselves \
    out over own perhaps please pretty probably put quite rather really right said same say saying says see seem seemed seems seen \
    several shall she she's should shouldn't since so some somebody someone something sometimes somewhat soon sort still such sure \
    take taken than thank thanks that that's the their theirs them themselves then there there's these they they'd they'll they're \
    they've thing things think this those though through thus to today together too toward towards truly try trying under unless \
    until up upon us use used using versus very via vs want wanted wants was wasn't way ways we we'd we'll we're we've well went were weren't \
    what what's whatever when whenever where whether which while who who's whoever whole whom whose why will with within without \
    won't would wouldn't yeah yes yet you you'd you'll you're you've your yours yourself yourselves wanna gotta kinda sorta actually \
    basically literally obviously frankly essentially clearly definitely simply also able again ago little bit good bad big great \
    new old large small high low long short real true sure whole certain different important interesting incredible terrific \
    huge tremendous lots much many couple number numbers point points question questions time times part parts case cases
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// Articles, pronouns, prepositions, conjunctions and auxiliaries: never part of a name even when
    /// capitalised ("The", "Of").
    public static let functionWords: Set<String> = Set("""
    a an the and or but nor if of in on at by to for from with into onto upon about as than then that this these those \
    i me my we us our you your he him his she her it its they them their who whom whose which what is are was were be been \
    being am do does did have has had will would shall should can could may might must not no so yet there here when where \
    why how all any each every some such both either neither
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// Numbers written as words, cardinal and ordinal: a count is not a topic ("three fires").
    public static let numberWords: Set<String> = Set("""
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen \
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million \
    millions billion billions trillion dozen dozens half second third fourth fifth sixth seventh eighth ninth tenth
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// Disfluencies of spoken transcripts.
    public static let fillers: Set<String> = ["uh", "um", "er", "erm", "ah", "hm", "hmm", "mm", "mmm", "mhm", "mm-hmm", "uh-huh", "huh"]

    /// Greetings and leave-takings: pleasantries, not topics.
    public static let greetings: Set<String> = ["hey", "hi", "hello", "bye", "goodbye", "welcome", "congratulations", "cheers"]

    /// Multi-word fillers ("you know", "I mean", "sort of").
    public static let fillerPhrases: [[String]] = [["you", "know"], ["i", "mean"], ["sort", "of"], ["kind", "of"], ["i", "think"]]

    public static func isStop(_ w: String) -> Bool { words.contains(w) || fillers.contains(w) || greetings.contains(w) || w.count < 2 }
}
