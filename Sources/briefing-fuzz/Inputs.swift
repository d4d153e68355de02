/// Starting inputs of each kind, written for the fuzzer (not cut from any corpus), and fragments that
/// parsers treat specially, for the generator to splice in.
enum Inputs {
    static let podcastPage = """
    The Harbour Hour
    Episode 12: Ports and power
    Published March 3, 2024
    People in this episode: Ana Ruiz, Tom Hale
    Ana and Tom talk about ports.

    Transcript
    Ana Ruiz: Welcome to the show. I'm Ana Ruiz, and this is Tom Hale.
    Tom Hale: Thanks, Ana. Glad to be here.
    Ana Ruiz: The port closed on May 4. Why?
    Tom Hale: Storms, mostly — and 40% less trade.
    """

    static let transcript = """
    MS. ROE: Good afternoon. Two things today.
    Q: Thank you. On the bridge — is it closed?
    MS. ROE: It is. Since Tuesday, June 4th, 2024.
    Q    Follow-up: how long?
    DR. ORTIZ: About three weeks, we think.
    [00:01:02] Jane: Thanks, everyone.
    """

    static let subrip = """
    1
    00:00:01,000 --> 00:00:02,500
    <i>JANE:</i> Hello &amp; welcome.

    2
    00:00:02,500 --> 00:00:04,000
    JOHN: Thanks, Jane.
    It's good to be here.

    """

    static let webvtt = """
    WEBVTT - The call

    NOTE written for the fuzzer

    1
    00:00:01.000 --> 00:00:04.000 align:start
    <v Jane Roe>Hello there, <i>everyone</i>.

    00:01:06.250 --> 00:01:08.000
    <v.loud John Doe>Hi Jane. &lt;3

    """

    static let markdown = """
    ---
    title: Rock &amp; Roll "Live"
    date: 2024-06-19
    author: [Ana Ruiz, Tom Hale]
    speakers: { ROE: Jane Roe }
    ---

    # The *big* news

    The treaty, it&#x27;s **signed** — said _officials_ in `Pyongyang`.<excerpt/>
    See [the text](http://example.org/a_b) and ![a map](m.png).

    **ROE:** We spoke on Friday.
    """

    static let metadata = """
    # notes
    documents:
      call.txt:
        title: The call   # kept
        date: 2024-10-28
        speakers: { "MR. KIRBY": John Kirby }
        roles:
          John Kirby: NSC spokesman
      "*":
        source: White House
    """

    static let queries = ["Kursk", "\"deep cracks\"", "volunt*", "a AND b OR NOT c", "NEAR(a b, 3)", "col:term",
                          "\"unclosed", "(((", "*", "^start", "北朝鮮 ロシア", "한국", "-minus +plus", "a\"b\"c"]

    static let fragments = [
        "\n", "\r\n", "\n\n", ":", ": ", "Q: ", "MR. KIRBY: ", "JANE:", "[00:01:02] ", "-->", " --> ", "00:00:01,000",
        "00:00:01.000 --> 00:00:02.000\n", "WEBVTT\n", "---\n", "...\n", "# ", "**", "*", "_", "`", "```\n", "[", "](", ")",
        "<v Jane>", "</v>", "<i>", "<excerpt/>", "<", ">", "&amp;", "&#x27;", "&#0;", "&#x110000;", "&#99999999;", "&", "&;",
        "\u{FEFF}", "\u{202E}", "\u{1B}[2J", "\u{1B}]0;title\u{07}", "\u{0}", "\u{85}", "\u{2028}", "e\u{301}", "👍🏽", "北",
        "\t", "    ", "People in this episode: ", "Transcript\n", "documents:", "  ", "{", "}", "\"", "'", "&", "~", "!", "?",
        "12", "2024", "June 4, 2024", "May 4", "40%", "$3 billion", "—", "…", "\\", "%", "|",
    ]
}
