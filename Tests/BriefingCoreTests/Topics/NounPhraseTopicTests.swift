import BriefingCore
import BriefingTestSupport
import Testing

/// Topics are noun phrases (WordNet's parts of speech), people go by their full names, and a subject the
/// folder shares stays a topic of each document.
@Suite struct NounPhraseTopicTests {
    func extractor(_ files: [(String, String)]) throws -> (TopicExtractor, [Document]) {
        let f = TemporaryFolder()
        for (n, t) in files { f.write(n, t) }
        let docs = try CorpusLoader().load([f.path]).documents
        return (TopicExtractor(docs, analyses: docs.map { TurnBuilder.analyze($0) }), docs)
    }

    @Test func wordNetKnowsPartsOfSpeechAndTimeNouns() throws {
        let wordNet = try #require(WordNetLexicon.shared, "WordNet (Debian's wordnet-base) is installed by make")
        let occurred = wordNet.reading("occurred")
        #expect(occurred.verb && !occurred.noun)
        #expect(wordNet.reading("casualties").nounLemma == "casualty")
        #expect(wordNet.reading("geese").nounLemma == "goose")
        #expect(wordNet.reading("afternoon").isTimeNoun && wordNet.reading("weeks").isTimeNoun)
        #expect(!wordNet.reading("tornado").isTimeNoun)
        #expect(wordNet.reading("people").nounCount > wordNet.reading("drought").nounCount)
    }

    @Test func verbsTimeWordsAndCountsEndAPhrase() throws {
        let story = """
        The plane crash occurred on Monday night near the air base. Two people died yesterday, and three fires burned.
        Crash investigators examined the plane crash site on Tuesday afternoon. The plane crash closed the air base for weeks.
        Investigators said the air base reopened after the plane crash inquiry. Firefighters said the fires burned for hours.
        """
        let other = "The harvest was late. Farmers waited for the harvest, and the harvest festival was moved.\n"
        let (x, docs) = try extractor([("crash.txt", story), ("harvest.txt", other)])
        let labels = x.topics(document: docs[0].path, limit: 15).map { $0.label.lowercased() }
        #expect(labels.contains("plane crash") || labels.contains { $0.hasPrefix("plane crash") })
        #expect(labels.contains("air base"))
        for wrong in ["crash occurred", "people died", "monday night", "tuesday afternoon", "yesterday", "weeks", "hours",
                      "three fires", "fires burned", "monday", "afternoon"] {
            #expect(!labels.contains(wrong), "\(wrong)")
        }
    }

    @Test func aSurnameJoinsTheFullNameSaidBeforeIt() throws {
        let race = """
        Ben Johnson won the sprint final in Seoul. Johnson later lost the gold medal after a steroid test.
        Johnson denied any steroid use. Officials said the steroid test was clear, and Johnson left Seoul.
        """
        let other = "The river flooded the valley. The valley farms lost their crops to the river.\n"
        let (x, docs) = try extractor([("race.txt", race), ("river.txt", other)])
        let topics = x.topics(document: docs[0].path, limit: 10)
        let ben = try #require(topics.first { $0.label == "Ben Johnson" })
        #expect(ben.count == 4)
        #expect(!topics.contains { $0.label == "Johnson" })
        #expect(topics.prefix(3).contains { $0.label == "Ben Johnson" })
    }

    @Test func theSubjectAFolderSharesStaysATopicOfEachDocument() throws {
        let texts = [
            "The drought hit Kansas wheat farms. The drought cut the wheat harvest, and Kansas farmers sold cattle early.",
            "The drought reached Iowa corn fields. Iowa corn prices rose as the drought dried the soil and the rivers.",
            "The drought emptied Texas reservoirs. Texas cities limited lawn watering while the drought went on.",
            "The drought closed barge traffic on the Mississippi. Barge operators waited for rain as the drought lowered the river.",
        ]
        let (x, docs) = try extractor(texts.enumerated().map { ("d\($0.offset).txt", $0.element + "\n") })
        for doc in docs {
            let top = x.topics(document: doc.path, limit: 5).map { $0.label.lowercased() }
            #expect(top.contains("drought"), "\(doc.name): \(top)")
        }
        #expect(x.topics(limit: 3).map { $0.label.lowercased() }.first == "drought")
        // Every document ranked at once (its scores kept in their stored form until the corpus's topics are chosen)
        // gives the topics, passages and all, that each scope ranked on its own gives.
        let all = x.allTopics(documentLimit: 5, corpusLimit: 3)
        #expect(all.corpus == x.topics(limit: 3) && all.corpus.first?.passages.isEmpty == false)
        for doc in docs { #expect(all.documents[doc.path] == x.topics(document: doc.path, limit: 5)) }
    }

    @Test func corpusTopicsAreSubjectsNotCommonWords() throws {
        let a = """
        People ask about the tariffs all the time. The thing is, people want lower steel tariffs, and the way we see it the steel
        tariffs hurt people. People talk about tariffs, and the steel industry talks about people.
        """
        let b = """
        People worry about the tariffs. The steel tariffs raise prices, and people know it. The thing people say is that steel
        tariffs are a tax. People in the steel towns feel the tariffs first, and people there vote.
        """
        let (x, _) = try extractor([("a.txt", a + "\n"), ("b.txt", b + "\n")])
        let top = x.topics(limit: 4).map { $0.label.lowercased() }
        #expect(top.first == "steel tariffs" || top.first == "tariffs", "\(top)")
        for generic in ["people", "thing", "way", "time"] { #expect(!top.prefix(2).contains(generic), "\(generic) in \(top)") }
    }
}

/// Without WordNet every word that is not a function word counts as a noun: topics are plainer, never missing.
@Suite struct PhrasesWithoutWordNetTests {
    @Test func phrasesStillComeWithoutALexicon() {
        let text = SourceText("The plane crash closed the air base near Ramstein for three weeks.")
        let finder = PhraseFinder(roles: WordRoles(lexicon: nil))
        let words = finder.phrases(text, pieces: [TextSpan(0, text.count)]).map { $0.words.joined(separator: " ") }
        #expect(words.contains("plane crash closed"))
        #expect(words.contains("air base"))
        #expect(!words.contains { $0.contains("three") || $0.contains("the ") })
    }
}
