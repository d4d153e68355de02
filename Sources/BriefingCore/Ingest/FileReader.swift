#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one file's bytes with POSIX calls, so that every failure maps to a precise `IngestError`,
/// and decides whether the bytes are text.
public struct FileReader: Sendable {
    /// Files larger than this are refused before anything is read.
    public var maxBytes: Int

    public static let defaultMaxBytes = 64 * 1_048_576

    public init(maxBytes: Int = FileReader.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }

    /// The decoded text of a file, and a warning when bytes had to be replaced.
    public struct Decoded: Sendable {
        public var text: String
        public var warning: String?
    }

    public func read(_ path: String) throws(IngestError) -> Decoded {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw FileReader.error(for: errno, path: path) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw FileReader.error(for: errno, path: path) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path, reason: "is a directory") }
        let size = Int(st.st_size)
        if size > maxBytes { throw .tooLarge(path, bytes: size, limit: maxBytes) }
        var bytes = [UInt8](repeating: 0, count: max(size, 0))
        var filled = 0
        while filled < size {
            let n = bytes.withUnsafeMutableBytes { buf in Glibc.read(fd, buf.baseAddress! + filled, size - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileReader.error(for: errno, path: path)
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return try decode(bytes, path: path)
    }

    /// Text detection and decoding (UTF-8; UTF-16 when the file starts with its byte order mark, as
    /// Windows tools write it), separate from I/O so it can be tested on bytes.
    public func decode(_ bytes: [UInt8], path: String) throws(IngestError) -> Decoded {
        if let decoded = try Self.decodeUTF16(bytes, path: path) { return decoded }
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .empty(path)
        }
        if FileReader.looksBinary(bytes) { throw .binary(path) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, warning: nil)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return Decoded(text: text, warning: "\(path): not valid UTF-8; bad bytes shown as \u{FFFD}")
    }

    /// UTF-16 text after its byte order mark (FF FE little-endian, FE FF big-endian); nil without one.
    static func decodeUTF16(_ bytes: [UInt8], path: String) throws(IngestError) -> Decoded? {
        guard bytes.count >= 2 else { return nil }
        let little: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): little = true
        case (0xFE, 0xFF): little = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        if units.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty(path) }
        if units.contains(0) { throw .binary(path) }
        let odd = bytes.count % 2 == 1
        if !odd, let text = String(validating: units, as: UTF16.self) { return Decoded(text: text, warning: nil) }
        return Decoded(text: String(decoding: units, as: UTF16.self),
                       warning: "\(path): not valid UTF-16; bad bytes shown as \u{FFFD}")
    }

    /// A NUL byte, or many control bytes, in the first 8 KiB.
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        var controls = 0
        for b in head {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
        }
        return controls * 10 > head.count
    }

    static func error(for code: Int32, path: String) -> IngestError {
        switch code {
        case ENOENT, ENOTDIR: return .notFound(path)
        case EACCES, EPERM: return .permissionDenied(path)
        case ELOOP: return .symlinkLoop(path)
        default: return .unreadable(path, reason: String(cString: strerror(code)))
        }
    }
}
