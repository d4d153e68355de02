import Foundation

/// Why a path or file could not be read. Each message is one line a user can act on.
public enum IngestError: LocalizedError, Equatable, Sendable {
    case notFound(String)
    case permissionDenied(String)
    case symlinkLoop(String)
    case binary(String)
    case empty(String)
    case tooLarge(String, bytes: Int, limit: Int)
    case unreadable(String, reason: String)
    case nothingReadable([String])

    public var errorDescription: String? {
        switch self {
        case .notFound(let p): return "\(p): no such file or directory"
        case .permissionDenied(let p): return "\(p): permission denied"
        case .symlinkLoop(let p): return "\(p): symbolic link loop, skipped"
        case .binary(let p): return "\(p): binary file, skipped"
        case .empty(let p): return "\(p): empty file, skipped"
        case .tooLarge(let p, let bytes, let limit):
            return "\(p): too large (\(IngestError.megabytes(bytes)) MB; the limit is \(IngestError.megabytes(limit)) MB, see --max-size), skipped"
        case .unreadable(let p, let reason): return "\(p): cannot read (\(reason))"
        case .nothingReadable(let paths):
            return "no readable documents in \(paths.joined(separator: ", "))"
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1_048_576
        return mb >= 10 ? String(Int(mb.rounded())) : String(format: "%.1f", mb)
    }

    /// True for problems that concern the whole request rather than one file among many.
    public var isFatal: Bool {
        switch self {
        case .notFound, .nothingReadable: return true
        default: return false
        }
    }
}
