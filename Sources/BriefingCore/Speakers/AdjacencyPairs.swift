/// Turn-taking read from how consecutive units pair up, as in any conversation: a question and its answer,
/// a statement put to "you" and the "I did" that answers it, an echo of the question ("Face to face?" —
/// "Face to face."), and a bare answer ("Yes.", "I did.") after which the one who asked goes on when what
/// follows is put to "you" again (an answer that goes on speaks of "I" and "we"). These hold
/// for any English exchange of questions and answers; they mark where the floor changes hands, not who holds it.
enum AdjacencyPairs {
    /// Auxiliaries that answer a yes/no question or a statement about "you" when they follow "I" or "we".
    static let auxiliaries: Set<String> = ["do", "did", "does", "am", "was", "were", "have", "had", "will", "would", "can", "could",
                                           "should", "don't", "didn't", "wasn't", "weren't", "haven't", "hadn't", "won't",
                                           "wouldn't", "can't", "couldn't", "shouldn't", "not"]
    /// At most this many words make a bare answer, and an echo.
    static let shortAnswer = 4

    /// Sets `mirrors`, `echoes` and `bareAnswer` on every unit from the unit before it (`tokens`: each
    /// unit's words, `lowered`: those lower-cased).
    static func mark(_ cues: inout [FloorCues], tokens: [[UnitCues.Token]], lowered: [[String]]) {
        for i in cues.indices.dropFirst() where !cues[i].isQuestion {
            guard let first = lowered[i].first else { continue }
            let heard = cues[i - 1].putsToYou
            // The verb left out after the auxiliary (ellipsis): "I did.", "We do, sir", "I did not" — not "We will now take …".
            let count = lowered[i].count
            cues[i].mirrors = heard && (first == "i" || first == "we") && count >= 2 && auxiliaries.contains(lowered[i][1])
                && (count == 2 || !tokens[i][1].trailing.isEmpty || ["not", "so", "too", "indeed"].contains(lowered[i][2]))
            cues[i].echoes = cues[i - 1].isQuestion && count <= shortAnswer && Set(lowered[i]).isSubset(of: Set(lowered[i - 1]))
            let answers = cues[i].replyOpener || cues[i].mirrors || cues[i].echoes
            cues[i].bareAnswer = answers && count <= shortAnswer && (cues[i - 1].isQuestion || cues[i].mirrors)
        }
    }
}
