import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes an export as a new file: created with O_EXCL, so an existing file (or a link planted in its place)
/// is never overwritten; a failed write removes only the file it created.
public enum ExportFile {
    public struct Failure: Error, LocalizedError {
        public var errorDescription: String?
    }

    public static func writeNew(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            let reason = errno == EEXIST || errno == ELOOP ? "already exists; an export writes a new file only (choose another name)"
                : String(cString: strerror(errno))
            throw Failure(errorDescription: reason)
        }
        let data = Array(text.utf8)
        var written = 0
        while written < data.count {
            let n = data[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                let reason = String(cString: strerror(errno))
                close(fd)
                unlink(path) // ours: created above
                throw Failure(errorDescription: reason)
            }
            written += n
        }
        guard close(fd) == 0 else { throw Failure(errorDescription: String(cString: strerror(errno))) }
    }
}
