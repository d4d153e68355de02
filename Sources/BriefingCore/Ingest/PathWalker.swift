#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands the paths a user gave into the files to read: folders recursively (sorted, hidden
/// entries skipped), symbolic links followed once, loops reported instead of followed.
public struct PathWalker: Sendable {
    /// File names that configure a folder rather than hold a document.
    public static let metadataNames: Set<String> = ["briefing.yaml", "briefing.yml"]

    public struct Result: Sendable {
        /// Files to read, in a stable order.
        public var files: [String] = []
        /// `briefing.yaml` files found, keyed by their folder.
        public var metadataFiles: [String: String] = [:]
        /// Problems with single entries (loops, unreadable folders); the walk went on.
        public var problems: [IngestError] = []
    }

    public init() {}

    /// Throws only when a path the user named does not exist.
    public func walk(_ paths: [String]) throws(IngestError) -> Result {
        var result = Result()
        var seenDirs = Set<FileID>()
        var seenFiles = Set<FileID>()
        for path in paths {
            var st = stat()
            if stat(path, &st) != 0 {
                let code = errno
                var lst = stat()
                if code == ELOOP || (lstat(path, &lst) == 0 && (lst.st_mode & S_IFMT) == S_IFLNK && code == ELOOP) {
                    result.problems.append(.symlinkLoop(path))
                    continue
                }
                throw FileReader.error(for: code, path: path)
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walkDirectory(path, &result, &seenDirs, &seenFiles)
            } else if seenFiles.insert(FileID(st)).inserted {
                result.files.append(path)
            }
        }
        return result
    }

    private func walkDirectory(_ dir: String, _ result: inout Result, _ seenDirs: inout Set<FileID>, _ seenFiles: inout Set<FileID>) {
        var st = stat()
        guard stat(dir, &st) == 0 else { return }
        guard seenDirs.insert(FileID(st)).inserted else {
            result.problems.append(.symlinkLoop(dir))
            return
        }
        guard let handle = opendir(dir) else {
            result.problems.append(FileReader.error(for: errno, path: dir))
            return
        }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(handle)
        for name in names.sorted() {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var est = stat()
            if stat(path, &est) != 0 {
                let code = errno
                if code == ENOENT { continue } // dangling link: nothing to read
                result.problems.append(FileReader.error(for: code, path: path))
                continue
            }
            switch est.st_mode & S_IFMT {
            case S_IFDIR:
                walkDirectory(path, &result, &seenDirs, &seenFiles)
            case S_IFREG:
                if PathWalker.metadataNames.contains(name) {
                    result.metadataFiles[dir] = path
                } else if seenFiles.insert(FileID(est)).inserted {
                    result.files.append(path)
                }
            default:
                continue // sockets, fifos, devices: not documents
            }
        }
    }

    struct FileID: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
        init(_ st: stat) {
            device = UInt64(st.st_dev)
            inode = UInt64(st.st_ino)
        }
    }
}
