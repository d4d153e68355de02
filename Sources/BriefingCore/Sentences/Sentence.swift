/// A sentence of a document: the span from its first to its last character in the original text
/// (line breaks and page breaks inside it included).
public struct Sentence: Sendable, Hashable, Codable {
    public var span: TextSpan
    public init(_ span: TextSpan) { self.span = span }
}
