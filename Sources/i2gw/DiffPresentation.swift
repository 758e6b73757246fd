import ArgumentParser
import Foundation
import MigrationCore

/// Writes a comparison for `diff` and `convert --dry-run`: the unified diff (or, with
/// `--stat`, one line per object and the summary) on standard output; the migration's
/// findings, those about the compared manifests, the provider line, notes on what was not
/// compared and the summary on standard error. The exit status is diff(1)'s.
struct DiffPresentation {
    /// The comparison.
    var comparison: ManifestComparison
    /// The migration run.
    var run: MigrationRun
    /// Findings about the compared manifests (duplicates, unnamed objects, missing CRDs).
    var comparedFindings: [Finding]
    /// What the generated objects were compared with, for the summary: the paths, or `<cluster>`.
    var against: String
    /// Which existing objects the migration does not generate count as removed, in words.
    var removalRule: String

    /// Writes everything and ends the command with status 0 (no differences) or 1.
    func write(input: InputOptions, colors: ColorOptions, stat: Bool) throws -> Never {
        do {
            let text = ManifestDiffText(style: colors.style(for: .standardOutput))
            StandardStreams.writeOutput(stat ? try text.stat(comparison) : try text.unified(comparison))
        } catch {
            StandardStreams.writeError("i2gw: error: \(error)\n")
            throw ExitCode(ExitStatus.inputError)
        }
        let style = colors.style(for: .standardError)
        var lines = run.findings.map { FindingFormatting.line($0, style: style) }
        lines += comparedFindings.map { FindingFormatting.line($0, style: style) }
        lines += [PrintCommand.providerLine(run, input: input), FindingFormatting.summary(run)]
        if !comparison.notRead.isEmpty {
            lines.append("i2gw: not compared, since only Gateway API kinds are read from \(against): \(comparison.notRead.map(\.description).joined(separator: ", "))")
        }
        if !comparison.leftOut.isEmpty {
            var perKind: [String: Int] = [:]
            for identity in comparison.leftOut { perKind[identity.kind, default: 0] += 1 }
            let kinds = perKind.keys.sorted().map { "\(perKind[$0]!) \($0)" }.joined(separator: ", ")
            let count = Plural.count(comparison.leftOut.count, "existing object", "existing objects")
            lines.append("i2gw: left out \(count) that the migration does not generate (\(kinds)): \(removalRule)")
        }
        if !stat { lines.append("i2gw: against \(against): \(ManifestDiffText.summary(comparison))") }
        StandardStreams.writeError(lines.joined(separator: "\n") + "\n")
        throw ExitCode(comparison.differences.isEmpty ? ExitStatus.success : ExitStatus.differences)
    }
}
