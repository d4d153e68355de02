import ArgumentParser
import BriefingCore

/// The `briefing` command: the reader when stdout is a terminal, subcommands for scripts.
@main
struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Read folders of transcripts and articles in the terminal: speakers, topics, timeline, claims.",
        version: "0.1.0",
        subcommands: [OpenCommand.self, ListCommand.self, ShowCommand.self, TurnsCommand.self, SpeakersCommand.self, TimelineCommand.self, ClaimsCommand.self, TopicsCommand.self, SummaryCommand.self, SearchCommand.self, IndexCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}
