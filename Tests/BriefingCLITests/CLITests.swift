import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

/// Runs the built binary as a script would.
@Suite struct CLITests {
    /// Each test's own index folder: an instance, so it is removed when the test ends
    /// (a static one was never released and stayed behind in /tmp after every run).
    let cache = TemporaryFolder()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ args: [String], cwd: String = PackagePaths.root) throws -> Run {
        #expect(FileManager.default.isExecutableFile(atPath: PackagePaths.binary), "build first: swift build")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: PackagePaths.binary)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: cwd)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        // The index goes to a folder of the test's own, not the user's cache.
        var env = ProcessInfo.processInfo.environment
        env["XDG_CACHE_HOME"] = cache.path
        p.environment = env
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func listSeedsJSON() throws {
        let r = try run(["list", "seeds", "--json"])
        #expect(r.status == 0)
        let report = try JSONDecoder().decode(ListReport.self, from: Data(r.stdout.utf8))
        #expect(report.documents.map(\.format) == [.podcastPage, .article, .article])
        let t = report.documents[0]
        #expect(t.date == "2024-11-01")
        #expect(t.people.count == 4)
        let text = try String(contentsOfFile: PackagePaths.seed("000"), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        let body = String(String.UnicodeScalarView(scalars[t.body.start..<t.body.start + 35]))
        #expect(body == "A discussion of North Korean troops")
        #expect(report.documents[1].date == nil)
    }

    @Test func listWithoutPathsReadsTheCurrentDirectory() throws { // the package root, which holds seeds/
        let r = try run(["list"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("podcast-page"))
        #expect(r.stdout.contains("undated"))
    }

    /// A labelled meeting in three parts (the kitchen, a football match, taxes), Ann and Bob taking turns.
    static func meeting() -> String {
        let parts = [["oven", "flour", "butter", "recipe", "dough", "sugar", "pastry", "kettle"],
                     ["striker", "goalkeeper", "penalty", "stadium", "referee", "league", "midfield", "corner"],
                     ["income", "allowance", "deduction", "pension", "revenue", "payroll", "audit", "invoice"]]
        var lines: [String] = []
        for (p, words) in parts.enumerated() {
            for i in 0..<30 {
                let a = words[(i + p) % 8], b = words[(i * 3 + 1) % 8], c = words[(i * 7 + 2) % 8]
                lines.append("\(i % 2 == 0 ? "ANN" : "BOB"): The \(a) and the \(b) came up again when the \(c) was discussed at length.")
            }
        }
        lines[75] = "BOB: We decided that the pension and the payroll go to the audit committee first."
        return lines.joined(separator: "\n\n") + "\n"
    }

    @Test func summaryJSONGivesPartsSpeakersKindsAndSpans() throws {
        let f = TemporaryFolder()
        let path = f.write("meeting.txt", Self.meeting())
        let r = try run(["summary", path, "--sentences", "4", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let report = try JSONDecoder().decode(SummaryReport.self, from: Data(r.stdout.utf8))
        #expect(report.parts.map(\.index) == [0, 1, 2])
        #expect((report.parts.first?.start ?? 99) <= "ANN: ".count && report.parts.map(\.speakers).allSatisfy { Set($0) == ["ANN", "BOB"] })
        #expect(report.sentences.count == 4 && Set(report.sentences.map(\.part)) == [0, 1, 2])
        let scalars = Array(Self.meeting().unicodeScalars)
        for s in report.sentences {
            #expect(s.speaker == "ANN" || s.speaker == "BOB")
            let part = report.parts[s.part]
            #expect(part.start <= s.start && s.end <= part.end)
            // The span points at the source words.
            #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])).hasPrefix(String(s.text.prefix(8))))
        }
        // The decision is found as one when it is chosen (the text output marks it).
        let decision = try run(["summary", path, "--speaker", "BOB", "--topic", "pension", "--sentences", "2", "--json"])
        let bob = try JSONDecoder().decode(SummaryReport.self, from: Data(decision.stdout.utf8))
        #expect(bob.about == "pension" && bob.sentences.allSatisfy { $0.speaker == "BOB" })
        #expect(bob.sentences.allSatisfy { $0.text.lowercased().contains("pension") })
        #expect(bob.sentences.contains { $0.kind == .decision && $0.text.hasPrefix("We decided") })
        let text = try run(["summary", path, "--speaker", "BOB", "--topic", "pension", "--sentences", "2"])
        #expect(text.stdout.contains("• DECISION: We decided that the pension"))
        #expect(try run(["summary", path, "--topic", "no such words at all"]).status != 0)
    }

    /// `briefing index` leaves the corpus analysis in the index; timeline, claims and topics then answer from it
    /// exactly as they answer when everything is made afresh.
    @Test func afterIndexTheCommandsAnswerFromTheIndexAsTheyWouldAfresh() throws {
        let f = TemporaryFolder()
        f.write("news/a.txt", "Bridge closed\n\nThe council voted on March 3, 2024 to close the bridge. Engineers found 12 cracks in two piers.\n")
        f.write("news/b.txt", "Bridge reopens\n\nThe bridge reopened on May 9, 2024. The council said 12 cracks were repaired at a cost of $4 million.\n")
        // A podcast page, whose publisher's summary `summary` prints as published.
        f.write("news/c.txt", """
            Bridge Talk

            2024/5/10
            artwork for show Town Hour

            Town Hour

            Guests
            A
            Ann Roe
            About
            The engineer who found the cracks explains the repairs and what the bridge needs next.

            Transcript

            Welcome to Town Hour. Today we talk about the bridge with Ann Roe, who led the inspection.

            Ann, how bad were the cracks? They were deep, and two piers had to be rebuilt before the bridge could reopen.
            """)
        let index = f.path + "/index.sqlite"
        let made = try run(["index", f.path + "/news", "--index", index])
        #expect(made.status == 0 && made.stdout.contains("corpus analysis made"))
        let kept = try run(["index", f.path + "/news", "--index", index])
        #expect(kept.stdout.contains("corpus analysis from the index"))
        let one = try run(["index", f.path + "/news/c.txt", "--index", index])
        #expect(one.status == 0 && one.stdout.contains("corpus analysis made"))
        for (command, path) in [(["timeline", "--json"], "news"), (["claims", "--json"], "news"), (["topics", "--json", "--count", "5"], "news"),
                                (["timeline"], "news"), (["summary"], "news"), (["summary", "--json", "--sentences", "3"], "news"),
                                (["summary"], "news/c.txt"), (["summary", "--json"], "news/c.txt")] {
            let fromIndex = try run(command + [f.path + "/" + path, "--index", index])
            let afresh = try run(command + [f.path + "/" + path, "--no-index"])
            #expect(fromIndex.status == 0 && !fromIndex.stdout.isEmpty)
            #expect(fromIndex.stdout == afresh.stdout, "\(command) \(path) differs when answered from the index")
        }
        #expect(try run(["summary", f.path + "/news/c.txt", "--index", index]).stdout.contains("Publisher's summary of c.txt"))
    }

    @Test func turnsJSONFollowsTheContract() throws {
        let f = TemporaryFolder()
        let p = f.write("call.txt", "ROE: Hello there.\nORTIZ: Hi.\nROE: Bye now.\n")
        let r = try run(["turns", p, "--json"])
        #expect(r.status == 0)
        let report = try JSONDecoder().decode(TurnsReport.self, from: Data(r.stdout.utf8))
        #expect(report.document == "call.txt")
        #expect(report.speakers.map(\.name) == ["ROE", "ORTIZ"])
        #expect(report.speakers.map(\.turns) == [2, 1])
        #expect(report.speakers.map(\.words) == [4, 1])
        #expect(report.turns.map(\.start) == [5, 25, 34])
    }

    @Test func missingPathExitsTwo() throws {
        let r = try run(["list", "/no/such/folder"])
        #expect(r.status == 2)
        #expect(r.stderr == "briefing: /no/such/folder: no such file or directory\n")
    }

    @Test func nothingReadableExitsOne() throws {
        let f = TemporaryFolder()
        f.write("x.bin", bytes: [0, 1, 2, 3])
        let r = try run(["list", f.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("binary file, skipped"))
        #expect(r.stderr.contains("no readable documents in \(f.path)"))
    }

    @Test func openWithoutATerminalExplainsAndExitsTwo() throws {
        let r = try run(["seeds"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("standard output is not a terminal"))
    }

    @Test func usageErrorsExitTwoWithAClearLine() throws {
        for args in [["search", "", "seeds"], ["search", "troops", "seeds", "--limit", "0"], ["topics", "seeds", "--count", "0"],
                     ["list", "seeds", "--max-size=-1"], ["timeline", "seeds", "--from", "2024-09", "--to", "2024-06"],
                     ["list", "seeds", "--bogus"], ["help", "bogus"]] {
            let r = try run(args)
            #expect(r.status == 2, "\(args): \(r.status) \(r.stderr)")
            #expect(!r.stderr.isEmpty && r.stdout.isEmpty, "\(args)")
        }
        #expect(try run(["help", "list"]).status == 0)
    }

    @Test func aMistypedSubcommandIsNamed() throws {
        let r = try run(["lsit"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("did you mean 'briefing list'"))
    }

    @Test func monthsAreAcceptedAsRangeBounds() throws {
        let r = try run(["timeline", "seeds", "--from", "2024-06", "--to", "2024-10", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"entries\""))
    }

    @Test func withoutPathsTheCurrentDirectoryIsRead() throws {
        let f = TemporaryFolder()
        f.write("note.txt", "Harbour report\n\nThe harbour reopened on Monday after the storm passed.\n")
        let r = try run(["list", "--no-index"], cwd: f.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("note.txt"))
    }

    @Test func showKeepsTextBeforeTheFirstLabelAndAPlainHeader() throws {
        let f = TemporaryFolder()
        let p = f.write("gaggle.txt", "Via Teleconference\n12:42 P.M. EDT\n\nMR. OKAFOR: Good afternoon. The harbour reopened on Monday.\n\nQ: Thanks, Amara.\n")
        let r = try run(["show", p])
        #expect(r.status == 0)
        #expect(r.stdout.contains("12:42 P.M. EDT") && r.stdout.contains("harbour reopened"))
        #expect(!r.stdout.contains("\u{240A}"), "\(r.stdout)") // no ␊ in place of a line break
    }

    @Test func showSanitisesControlCharacters() throws {
        let f = TemporaryFolder()
        let p = f.write("evil.txt", "Title here\n\nHello \u{1B}]0;pwned\u{07} and \u{1B}[2J and \u{202E}reversed. More text follows here.\n")
        let r = try run(["show", p])
        #expect(r.status == 0)
        #expect(!r.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" })
        #expect(r.stdout.contains("\u{241B}]0;pwned\u{2407}"))
    }
}
