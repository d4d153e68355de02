/// English abbreviations that end in a full stop without ending a sentence, by how they behave.
enum Abbreviations {
    /// Titles and ranks: always followed by a name, never end a sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "cdr", "sgt", "cpl",
        "pvt", "adm", "brig", "rep", "reps", "sen", "sens", "gov", "pres", "rev", "hon", "fr", "sr", "jr", "st", "ret",
        "supt", "insp", "amb", "messrs", "mme", "mlle", "gov't",
    ]
    /// Followed by a number: `No. 3`, `Nov. 21`, `pp. 12`.
    static let beforeNumbers: Set<String> = [
        "no", "nos", "vol", "vols", "p", "pp", "fig", "figs", "art", "sec", "ch", "para", "op", "ed", "approx", "est",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tel", "ext",
    ]
    /// Never end a sentence whatever follows.
    static let neverFinal: Set<String> = ["vs", "v", "cf", "viz", "ca", "approx", "e.g", "i.e", "incl", "esp"]
    /// May end a sentence; do so only before a typical sentence opener.
    static let sometimesFinal: Set<String> = ["etc", "inc", "corp", "ltd", "co", "bros", "dept", "univ", "assn", "jr", "sr", "al"]

    /// Words that typically open an English sentence, used to decide after initialisms (`U.S.`) and `etc.`.
    static let sentenceOpeners: Set<String> = [
        "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
        "our", "my", "your", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "from", "with", "by", "after",
        "before", "when", "while", "if", "as", "a", "an", "there", "here", "what", "why", "how", "who", "where", "then",
        "now", "still", "however", "meanwhile", "also", "both", "some", "many", "most", "all", "no", "not", "one",
        "since", "until", "because", "although", "though", "even", "yes", "well", "let", "do", "does", "did", "is",
        "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
    ]
}
