import ArgumentParser
import MigrationCore

/// `i2gw version`.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version", abstract: "Print the version and the Gateway API version the output targets.")

    func run() {
        StandardStreams.writeOutput("i2gw version: \(ToolVersion.current)\nGateway API version: \(ToolVersion.gatewayAPI)\n")
    }
}
