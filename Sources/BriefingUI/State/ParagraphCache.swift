import BriefingCore
import Foundation

/// A document's paragraphs as display characters with their original offsets, and their lower-cased
/// form for search, built once on first use and shared by layout and search.
final class ParagraphCache: @unchecked Sendable {
    struct Paragraph {
        var chars: [Character]
        var offsets: [Int]
        var folded: [Character]
    }

    private let lock = NSLock()
    private var paragraphs: [[Paragraph]]? // by segment, then paragraph

    func get(_ model: DocumentModel) -> [[Paragraph]] {
        lock.lock()
        defer { lock.unlock() }
        if let p = paragraphs { return p }
        let built = model.segments.map { seg in
            seg.paragraphs.map { pieces -> Paragraph in
                let (chars, offsets) = ReaderLayout.characters(model.document.text, pieces)
                return Paragraph(chars: chars, offsets: offsets, folded: chars.map(ParagraphCache.fold))
            }
        }
        paragraphs = built
        return built
    }

    static func fold(_ c: Character) -> Character {
        if let a = c.asciiValue { return a >= 65 && a <= 90 ? Character(Unicode.Scalar(a + 32)) : c }
        let l = c.lowercased()
        return l.count == 1 ? l.first! : c
    }
}
