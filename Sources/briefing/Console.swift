import BriefingCore
import Foundation

/// Writing to stdout and stderr, with document text made safe for a terminal.
enum Console {
    static func out(_ s: String) {
        FileHandle.standardOutput.write(Data((s + "\n").utf8))
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
