import Foundation

/// The index's stored form of a document and its speaker analysis: compact bytes written and read by hand.
/// (JSON through Codable took a tenth of indexing time, and decoding it was most of re-opening a folder.)
/// Integers are LEB128 varints (zig-zag for signed), strings are a length and UTF-8, optionals a flag byte.
enum PayloadCodec {
    /// Bumped with any change to the layout below (together with `CorpusIndex.schemaVersion`).
    static let version: UInt8 = 2

    static func encode(_ d: StoredDocument) -> Data {
        let w = PayloadWriter()
        w.byte(version)
        w.string(d.path); w.string(d.format.rawValue); w.string(d.title)
        w.optional(d.date?.iso, w.string); w.optional(d.dateSource, w.string); w.optional(d.source, w.string)
        w.array(d.authors, w.string)
        w.array(d.people) { w.string($0.name); w.optional($0.role, w.string) }
        w.optional(d.publisherSummary, w.span)
        w.span(d.body)
        w.array(d.blocks) { b in
            w.array(b.pieces, w.span); w.optional(b.label, w.string); w.optional(b.labelSpan, w.span); w.optional(b.time, w.double)
        }
        w.dictionary(d.speakerAliases); w.dictionary(d.metadata)
        w.array(d.warnings, w.string)
        w.array(d.analysis.turns) { t in
            w.string(t.speaker); w.array(t.paragraphs) { w.array($0, w.span) }; w.optional(t.time, w.double)
            w.optional(t.source?.rawValue, w.string); w.optional(t.confidence, w.double)
        }
        w.dictionary(d.analysis.roles)
        w.array(d.analysis.quoted) { q in w.string(q.name); w.optional(q.role, w.string); w.array(q.quotes, w.span) }
        w.optional(d.analysis.kind, w.string)
        return w.data()
    }

    static func decode(_ data: Data) -> StoredDocument? {
        let r = PayloadReader(Array(data))
        do {
            guard try r.byte() == version else { return nil }
            let path = try r.string()
            guard let format = DocumentFormat(rawValue: try r.string()) else { return nil }
            let title = try r.string()
            let date = try r.optional(r.string).flatMap(Day.init(iso:))
            let dateSource = try r.optional(r.string), source = try r.optional(r.string)
            let authors = try r.array(r.string)
            let people = try r.array { Person(name: try r.string(), role: try r.optional(r.string)) }
            let summary = try r.optional(r.span)
            let body = try r.span()
            let blocks = try r.array {
                Block(pieces: try r.array(r.span), label: try r.optional(r.string), labelSpan: try r.optional(r.span), time: try r.optional(r.double))
            }
            let aliases = try r.dictionary(), metadata = try r.dictionary()
            let warnings = try r.array(r.string)
            let turns = try r.array {
                var t = Turn(speaker: try r.string(), paragraphs: try r.array { try r.array(r.span) }, time: try r.optional(r.double))
                t.source = try r.optional(r.string).flatMap(Turn.Source.init(rawValue:))
                t.confidence = try r.optional(r.double)
                return t
            }
            let roles = try r.dictionary()
            let quoted = try r.array { QuotedSource(name: try r.string(), role: try r.optional(r.string), quotes: try r.array(r.span)) }
            let kind = try r.optional(r.string)
            let doc = Document(path: path, text: SourceText(""), format: format, title: title, date: date, dateSource: dateSource,
                               source: source, authors: authors, people: people, publisherSummary: summary, body: body,
                               blocks: blocks, speakerAliases: aliases, metadata: metadata, warnings: warnings)
            return StoredDocument(doc, SpeakerAnalysis(turns: turns, roles: roles, quoted: quoted, kind: kind))
        } catch {
            return nil
        }
    }
}

/// Appends values to a byte buffer (see `PayloadCodec`). The buffer is the writer's own, grown in place
/// (`realloc`, which moves a large block's pages rather than copying them), and handed to the `Data` that
/// `data()` gives without a copy: a stored part runs to tens of megabytes, and an array copied into `Data`
/// held it twice, beside up to twice its size while it grew.
final class PayloadWriter {
    private var base: UnsafeMutablePointer<UInt8>?
    private var capacity = 0
    /// How many bytes are written.
    private(set) var count = 0

    init() {}
    deinit { free(base) }

    /// Room for `extra` more bytes.
    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let grown = max(count + extra, 2 * capacity, 64)
        guard let moved = realloc(base, grown) else { fatalError("out of memory: a payload of \(grown) bytes") }
        base = moved.assumingMemoryBound(to: UInt8.self)
        capacity = grown
    }

    private func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base! + count).update(from: from, count: bytes.count)
        count += bytes.count
    }

    /// Puts `head`'s bytes before those written here.
    func prepend(_ head: PayloadWriter) {
        guard head.count > 0 else { return }
        reserve(head.count)
        (base! + head.count).update(from: base!, count: count)
        base!.update(from: head.base!, count: head.count)
        count += head.count
    }

    /// The bytes written, handed over to the result without a copy; the writer is empty afterwards.
    func data() -> Data {
        guard let written = base, count > 0 else { return Data() }
        let d = Data(bytesNoCopy: written, count: count, deallocator: .free)
        (base, capacity, count) = (nil, 0, 0)
        return d
    }

    func byte(_ b: UInt8) {
        reserve(1)
        base![count] = b
        count += 1
    }

    func unsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 { byte(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        byte(UInt8(v))
    }

    func int(_ v: Int) { unsigned(UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))) }

    func double(_ v: Double) {
        var bits = v.bitPattern
        for _ in 0..<8 { byte(UInt8(bits & 0xFF)); bits >>= 8 }
    }

    func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            append(utf8)
        }
    }

    func span(_ s: TextSpan) { int(s.start); int(s.end - s.start) }

    func optional<T>(_ value: T?, _ write: (T) -> Void) {
        guard let value else { byte(0); return }
        byte(1)
        write(value)
    }

    func array<T>(_ values: [T], _ write: (T) -> Void) {
        unsigned(UInt64(values.count))
        for v in values { write(v) }
    }

    func dictionary(_ d: [String: String]) {
        unsigned(UInt64(d.count))
        for key in d.keys.sorted() { string(key); string(d[key]!) }
    }
}

/// Reads what `PayloadWriter` wrote; throws on bytes that end early or do not make sense.
final class PayloadReader {
    struct Malformed: Error {}
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func byte() throws -> UInt8 {
        guard position < bytes.count else { throw Malformed() }
        defer { position += 1 }
        return bytes[position]
    }

    func unsigned() throws -> UInt64 {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw Malformed() }
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }

    func int() throws -> Int {
        let u = try unsigned()
        return Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
    }

    func count() throws -> Int {
        let n = try unsigned()
        guard n <= UInt64(bytes.count - position) else { throw Malformed() } // every element takes a byte at least
        return Int(n)
    }

    func double() throws -> Double {
        var bits: UInt64 = 0
        for k in 0..<8 { bits |= UInt64(try byte()) << (8 * UInt64(k)) }
        return Double(bitPattern: bits)
    }

    func string() throws -> String {
        let n = try count()
        defer { position += n }
        return String(decoding: bytes[position..<(position + n)], as: UTF8.self)
    }

    func span() throws -> TextSpan {
        let start = try int(), length = try int()
        // Damaged bytes give an error, never a span that traps (negative, or past the largest offset).
        guard start >= 0, length >= 0, start <= Int.max - length else { throw Malformed() }
        return TextSpan(start, start + length)
    }

    func optional<T>(_ read: () throws -> T) throws -> T? {
        switch try byte() {
        case 0: return nil
        case 1: return try read()
        default: throw Malformed()
        }
    }

    func array<T>(_ read: () throws -> T) throws -> [T] {
        let n = try count()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read()) }
        return out
    }

    func dictionary() throws -> [String: String] {
        let n = try count()
        var out: [String: String] = [:]
        for _ in 0..<n { out[try string()] = try string() }
        return out
    }
}
