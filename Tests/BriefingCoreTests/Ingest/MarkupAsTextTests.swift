import BriefingCore
import Testing

/// Markdown markup, HTML character references and subtitle timings read as the text they stand for.
@Suite struct MarkupAsTextTests {
    func shown(_ s: String, path: String) -> [String] {
        let doc = DocumentParser.parse(SourceText(s), path: path)
        return doc.blocks.map { doc.text.joined($0.pieces) }
    }

    @Test func characterReferencesAreDecoded() {
        let t = HTMLEntities.decode(SourceText("Rock &amp; Roll &quot;Live&quot; it&#x27;s &#8212; caf&eacute; &bogus; & &#0; &#xD800; 5 &lt 6"))
        #expect(t.string(t.whole) == "Rock & Roll \"Live\" it's — café &bogus; & \u{FFFD} \u{FFFD} 5 &lt 6")
        let plain = SourceText("No references here.")
        #expect(HTMLEntities.decode(plain).scalars == plain.scalars)
    }

    @Test func markdownInlineMarkupIsLeftOut() {
        let md = """
        # The *big* news

        The treaty, it&#x27;s **signed** &mdash; said _officials_ in `Pyongyang`.<excerpt/>
        See [the text](http://example.org/a_b) and ![a map](map.png) <b>more</b>, snake_case and 5 * 3 stay.
        An \\*escaped\\* star, a lone * and an <unclosed tag.
        """
        #expect(shown(md, path: "note.md") == [
            "The big news",
            "The treaty, it's signed — said officials in Pyongyang. See the text and a map more, snake_case and 5 * 3 stay.",
            "An *escaped* star, a lone * and an <unclosed tag.",
        ])
        let doc = DocumentParser.parse(SourceText(md), path: "note.md")
        #expect(doc.title == "The big news")
    }

    @Test func subtitleCuesJoinWithoutTheirTimingsOrTags() {
        let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nWelcome back, it's\n\n00:00:02.500 --> 00:00:04.000\na good day for <i>Tom</i>'s ports &amp; docks.\n"
        let doc = DocumentParser.parse(SourceText(vtt), path: "talk.vtt")
        #expect(doc.text.joined(doc.blocks.flatMap(\.pieces)) == "Welcome back, it's a good day for Tom's ports & docks.")
        let visible = doc.visibleText() ?? ""
        #expect(!visible.contains("00:") && !visible.contains("<i>") && visible.unicodeScalars.count == doc.text.count)
        #expect(DocumentParser.parse(SourceText("Plain words.\n"), path: "a.txt").visibleText() == nil)
    }
}
