import ArgumentParser
import BriefingCore
import Foundation

/// The entry point: parses and runs `BriefingCommand` with the exit codes the README gives (0 success,
/// 1 failure, 2 usage errors, where ArgumentParser would say 64), and suggests the subcommand a mistyped
/// word was probably meant to be.
@main
enum BriefingMain {
    static func main() {
        let args = Array(CommandLine.arguments.dropFirst())
        if let problem = CommandSpelling.problem(args) {
            Console.error(problem)
            exit(2)
        }
        do {
            var command = try BriefingCommand.parseAsRoot(args)
            try command.run()
        } catch {
            let code = BriefingCommand.exitCode(for: error).rawValue
            let message = BriefingCommand.fullMessage(for: error)
            if code == 0 {
                if !message.isEmpty { Console.out(message) }
                exit(0)
            }
            if !message.isEmpty {
                for line in message.split(separator: "\n", omittingEmptySubsequences: false) {
                    FileHandle.standardError.write(Data((TextSanitizer.clean(String(line)) + "\n").utf8))
                }
            }
            exit(code == ExitCode.validationFailure.rawValue ? 2 : code)
        }
    }
}

/// The `briefing` command: the reader when stdout is a terminal, subcommands for scripts.
struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Read folders of transcripts and articles in the terminal: speakers, topics, timeline, claims.",
        version: "0.1.0",
        subcommands: [OpenCommand.self, ListCommand.self, ShowCommand.self, TurnsCommand.self, SpeakersCommand.self, TimelineCommand.self, ClaimsCommand.self, TopicsCommand.self, SummaryCommand.self, SearchCommand.self, IndexCommand.self, ExportCommand.self, ConfigCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}
