import BriefingCore
import Foundation

/// The reader's `x`: writes the briefing of what the view shows to a new file. Runs off the UI loop (it reads
/// every document of the shelf); answers with the line the status bar shows.
public enum ReaderExport {
    public static func write(_ r: ExportRequest, shelf: DocumentShelf, title: String) -> String {
        let pairs = shelf.all()
        var export = BriefingExport(title: title, scope: r.scope, documents: pairs.map(\.0), analyses: pairs.map(\.1),
                                    timeline: r.timeline, claims: r.claims, threads: r.threads, topics: r.topics,
                                    candidates: r.candidates)
        let absolute = URL(fileURLWithPath: r.path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        export.linkBase = absolute.deletingLastPathComponent().path
        do {
            try ExportFile.writeNew(ExportWriter.render(export, as: r.format), to: r.path)
        } catch {
            return "could not export to \(r.path): \(error.localizedDescription)"
        }
        return "exported \(r.scope.description) to \(r.path) (\(r.format.rawValue))"
    }
}
