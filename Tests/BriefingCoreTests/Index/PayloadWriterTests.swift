@testable import BriefingCore
import Foundation
import Testing

/// The payload writer's own buffer: what it writes reads back, with a head put before it, and the result is
/// handed over whole.
@Suite struct PayloadWriterTests {
    @Test func writesWhatTheReaderReads() throws {
        let w = PayloadWriter()
        w.int(-3); w.unsigned(300); w.double(2.5); w.string("Kursk"); w.string(String(repeating: "é", count: 5000))
        w.optional(nil as Int?, w.int); w.array([1, 2, 3], w.int)
        let r = PayloadReader([UInt8](w.data()))
        #expect(try r.int() == -3 && r.unsigned() == 300 && r.double() == 2.5 && r.string() == "Kursk")
        #expect(try r.string() == String(repeating: "é", count: 5000))
        #expect(try r.optional(r.int) == nil && r.array(r.int) == [1, 2, 3])
        #expect(r.position == r.bytes.count)
    }

    @Test func putsTheHeadBeforeTheBody() throws {
        let head = PayloadWriter(), body = PayloadWriter()
        head.byte(7); head.string("table")
        for k in 0..<10_000 { body.int(k) }
        let written = body.count
        body.prepend(head)
        #expect(body.count == written + head.count)
        let r = PayloadReader([UInt8](body.data()))
        #expect(try r.byte() == 7 && r.string() == "table")
        for k in 0..<10_000 { #expect(try r.int() == k) }
        #expect(r.position == r.bytes.count)
    }

    @Test func handsItsBytesOverOnce() {
        let w = PayloadWriter()
        #expect(w.data().isEmpty)
        w.string("once")
        #expect(w.data().count == 5)
        #expect(w.count == 0 && w.data().isEmpty)
        w.byte(1)
        #expect(w.data() == Data([1]))
    }
}
