/// Turns speaker labels into names: aliases from `briefing.yaml` or front matter first, then one name
/// for the variants of a label (`MR. KIRBY`, `Mr. Kirby`) keeping the best-cased spelling.
public struct SpeakerNames: Sendable {
    public static let unknown = "Unknown"
    private var aliases: [String: String] = [:]

    public init(aliases: [String: String]) {
        for (k, v) in aliases { self.aliases[SpeakerNames.key(k)] = v }
    }

    public mutating func add(alias label: String, name: String) {
        aliases[SpeakerNames.key(label)] = name
    }

    /// The name a label stands for.
    public func name(for label: String) -> String {
        aliases[SpeakerNames.key(label)] ?? label
    }

    /// Case, spacing and final punctuation folded, for comparing labels.
    public static func key(_ label: String) -> String {
        label.folded.lowercased().trimmingCharacters(in: .init(charactersIn: ".:"))
    }

    /// Of several spellings of one label, the one to show: mixed case beats all capitals.
    public static func preferred(_ spellings: [String]) -> String {
        spellings.first { $0 != $0.uppercased() } ?? spellings.first ?? unknown
    }
}

import Foundation
