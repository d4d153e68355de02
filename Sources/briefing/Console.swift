import BriefingCore
import Foundation

/// Writing to stdout and stderr, made safe for a terminal: every line of a command's plain output goes
/// through `TextSanitizer` here (file names, titles, speakers, metadata and text all come from outside), so
/// no C0 or C1 control other than newline and tab ever reaches the terminal. JSON escapes its own.
enum Console {
    static func out(_ s: String) {
        FileHandle.standardOutput.write(Data((TextSanitizer.clean(s, keepLayout: true) + "\n").utf8))
    }

    static func warn(_ s: String) {
        FileHandle.standardError.write(Data("briefing: warning: \(TextSanitizer.clean(s))\n".utf8))
    }

    static func error(_ s: String) {
        FileHandle.standardError.write(Data("briefing: \(TextSanitizer.clean(s))\n".utf8))
    }

    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
