/// English month names and their abbreviations, shared by every date parser.
public enum MonthNames {
    static let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december"]

    /// The month number (1...12) of a full name or common abbreviation (`Sept`, `Nov.`), case-insensitive.
    public static func number(_ word: String) -> Int? {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return numbers[w]
    }

    /// Full names, their first three letters and "sept", lower case, with their month's number.
    static let numbers: [String: Int] = {
        var out = ["sept": 9]
        for (i, name) in full.enumerated() {
            out[name] = i + 1
            out[String(name.prefix(3))] = i + 1
        }
        return out
    }()

    public static func name(_ month: Int) -> String { full[month - 1].capitalized }

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// A month or a day of the week (lower-cased): capitalised, but not a name.
    public static func isCalendarWord(_ word: String) -> Bool { weekdays.contains(word) || number(word) != nil }
}
