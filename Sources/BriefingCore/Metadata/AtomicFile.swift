import Foundation

/// Replaces a file's contents all at once: the text goes to a new file beside it, flushed to disk, and
/// is renamed over the old one, so a reader sees the old file or the new one, never half of either.
/// The new file keeps the old one's permissions (and owner, where allowed).
public enum AtomicFile {
    /// Why the file could not be written; the old file is untouched.
    public struct Failure: Error, Equatable {
        /// What the system said, in words ("permission denied", "no space left on device").
        public var reason: String
    }

    public static func write(_ text: String, to path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temp = ((dir.isEmpty ? "." : dir) as NSString).appendingPathComponent(".\(name).\(getpid()).briefing-tmp")
        var old = stat()
        let exists = stat(path, &old) == 0
        let mode = exists ? old.st_mode & 0o7777 : 0o644
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        guard fd >= 0 else { throw failure() }
        var ok = true
        var bytes = Array(text.utf8)
        var done = 0
        while ok && done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Foundation.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 { if errno != EINTR { ok = false } } else { done += n }
        }
        var error = ok ? nil : failure()
        if ok, exists { _ = fchmod(fd, old.st_mode & 0o7777); _ = fchown(fd, old.st_uid, old.st_gid) }
        if ok, fsync(fd) != 0 { error = failure(); ok = false }
        close(fd)
        if ok, rename(temp, path) != 0 { error = failure(); ok = false }
        if !ok {
            unlink(temp)
            throw error ?? Failure(reason: "write failed")
        }
        bytes.removeAll()
    }

    private static func failure() -> Failure {
        Failure(reason: String(cString: strerror(errno)).lowercased())
    }
}
