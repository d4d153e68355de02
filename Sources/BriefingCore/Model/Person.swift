/// Someone a document names as taking part: from a people list, front matter or an introduction.
public struct Person: Sendable, Hashable, Codable {
    public var name: String
    public var role: String?

    public init(name: String, role: String? = nil) {
        self.name = name
        self.role = role
    }
}
