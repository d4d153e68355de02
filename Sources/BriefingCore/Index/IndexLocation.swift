import Foundation

/// Where the index lives: `--index PATH`, else `$XDG_CACHE_HOME/briefing/index.sqlite`, else `~/.cache/briefing/index.sqlite`.
public enum IndexLocation {
    public static func resolve(_ explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit { return explicit }
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.cache")
        return cache + "/briefing/index.sqlite"
    }
}
