import BriefingCore
import Testing
import Yams

/// Edits of YAML text change one value and nothing else.
@Suite struct YAMLTextEditorTests {
    func set(_ value: String, _ path: [String], _ text: String) throws -> String {
        try YAMLTextEditor.setting(value, at: path, in: text)
    }

    @Test func aValueIsReplacedWhereItStandsWithItsCommentKept() throws {
        let text = "a:\n  b: old value   # why\n  c: 'it''s'\n  d: \"q\\\"x\"\n"
        #expect(try set("new", ["a", "b"], text) == "a:\n  b: new   # why\n  c: 'it''s'\n  d: \"q\\\"x\"\n")
        #expect(try set("x", ["a", "c"], text) == "a:\n  b: old value   # why\n  c: x\n  d: \"q\\\"x\"\n")
        #expect(try set("z", ["a", "d"], text) == "a:\n  b: old value   # why\n  c: 'it''s'\n  d: z\n")
    }

    @Test func missingKeysGoAfterTheLastEntryOfTheirMapping() throws {
        let text = "top:\n  one: 1\n  nested:\n    deep: 2\n\n# about other\nother: 3\n"
        #expect(try set("v", ["top", "two", "three"], text)
                == "top:\n  one: 1\n  nested:\n    deep: 2\n  two:\n    three: v\n\n# about other\nother: 3\n")
        #expect(try set("v", ["new"], text) == text + "new: v\n")
    }

    @Test func flowMappingsGrowInsideTheirBraces() throws {
        #expect(try set("B", ["m", "b"], "m: { a: A }  # c\n") == "m: { a: A, b: B }  # c\n")
        #expect(try set("B", ["m", "b"], "m: {a: \"A}\",}\n") == "m: {a: \"A}\", b: B}\n")
        #expect(try set("B", ["m", "b"], "m: {}\n") == "m: {b: B}\n")
        #expect(try set("C", ["m", "x", "w"], "m: { a: { z: 1 } }\n") == "m: { a: { z: 1 }, x: { w: C } }\n")
        #expect(try set("B", ["m", "a"], "m: { a: A, c: D }\n") == "m: { a: B, c: D }\n")
    }

    @Test func emptyFilesAndBareKeysTakeNewLines() throws {
        #expect(try set("v", ["a", "b"], "") == "a:\n  b: v\n")
        #expect(try set("v", ["a", "b"], "# only a comment") == "# only a comment\na:\n  b: v\n")
        #expect(try set("v", ["a", "b"], "a:    # to fill\nc: 1\n") == "a:    # to fill\n  b: v\nc: 1\n")
        #expect(try set("v", ["a"], "a:\nc: 1\n") == "a: v\nc: 1\n")
    }

    @Test func lineEndingsStay() throws {
        #expect(try set("v", ["a", "c"], "a:\r\n  b: 1\r\n") == "a:\r\n  b: 1\r\n  c: v\r\n")
    }

    @Test func valuesThatWouldReadDifferentlyAreQuoted() throws {
        for value in ["yes", "12", "a: b", "#1", " padded", "x # y", "quote\"d", "tab\there", "2024-10-28", "~", "[x]", "é"] {
            let text = try set(value, ["k"], "k: old\n")
            #expect(try Yams.compose(yaml: text)?.mapping?["k"]?.scalar?.string == value, "\(value) → \(text)")
        }
        #expect(try set("Jane O'Neil", ["k"], "k: x\n") == "k: Jane O'Neil\n")
    }

    @Test func whatCannotBeEditedInPlaceIsRefused() throws {
        #expect(throws: YAMLTextEditor.Failure.unsupported(path: ["a"])) { try set("v", ["a"], "a: |\n  block\n") }
        #expect(throws: YAMLTextEditor.Failure.unsupported(path: ["a"])) { try set("v", ["a"], "a: \"two\n  lines\"\n") }
        #expect(throws: YAMLTextEditor.Failure.unsupported(path: ["a"])) { try set("v", ["a"], "a: plain\n  continued\n") }
        #expect(throws: YAMLTextEditor.Failure.notAMapping(path: ["a"])) { try set("v", ["a", "b"], "a: [1, 2]\n") }
        #expect(throws: YAMLTextEditor.Failure.notAMapping(path: [])) { try set("v", ["a"], "- 1\n") }
        #expect(throws: YAMLTextEditor.Failure.notYAML(line: 2)) { try set("v", ["a"], "a: 1\n b: [\n") }
    }
}
