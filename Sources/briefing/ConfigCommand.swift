import ArgumentParser
import BriefingUI
import Foundation

/// `briefing config --print`: the reader's effective settings (from `$XDG_CONFIG_HOME/briefing/config.toml`
/// over the defaults), as TOML that can be copied into that file.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the reader's settings: key bindings, colours, pane widths, default folder.",
        discussion: "Settings are read from $XDG_CONFIG_HOME/briefing/config.toml (else ~/.config/briefing/config.toml).")

    @Flag(name: .customLong("print"), help: "Print the effective settings as TOML.") var printSettings = false
    @Flag(name: .long, help: "Print the path of the configuration file.") var path = false

    func run() throws {
        let config = try ReaderConfig.loadOrExit()
        if path { Console.out(ReaderConfig.defaultPath(environment: ProcessInfo.processInfo.environment) ?? "(no HOME: no configuration file)") }
        if printSettings || !path { Console.out(config.printed) }
    }
}

extension ReaderConfig {
    /// The configuration file's settings; a bad file is a one-line error and exit status 2.
    static func loadOrExit() throws -> ReaderConfig {
        do {
            return try ReaderConfig.load(path: defaultPath(environment: ProcessInfo.processInfo.environment))
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }
}
